import type { LOCALES } from '../auth/auth.schemas.js';

export type EmailLocale = (typeof LOCALES)[number];

/** One email's words in one language: paragraphs, the link's label, paragraphs after it. */
export interface EmailWords {
  subject: string;
  before: string[];
  action: string;
  after: string[];
}

// No text a stranger typed (names, workspace names) goes into these emails: the sign-up form would
// otherwise let anyone send their own words to any address from this server.
export const EMAIL_MESSAGES = {
  signUpVerification: {
    en: {
      subject: 'Confirm your email address for Rapport',
      before: [
        'Someone, hopefully you, asked to create a Rapport workspace with this email address. Confirm the address to create it and sign in.',
      ],
      action: 'Confirm and create the workspace',
      after: [
        'The link works once, for 24 hours.',
        'If it was not you, ignore this email: nothing is created without the link.',
      ],
    },
    bg: {
      subject: 'Потвърдете имейл адреса си за Rapport',
      before: [
        'Някой, надяваме се вие, поиска да създаде работно пространство в Rapport с този имейл адрес. Потвърдете адреса, за да го създадете и да влезете.',
      ],
      action: 'Потвърдете и създайте работното пространство',
      after: [
        'Връзката може да се използва веднъж, в рамките на 24 часа.',
        'Ако не сте били вие, не обръщайте внимание на този имейл: без връзката нищо не се създава.',
      ],
    },
    ru: {
      subject: 'Подтвердите адрес электронной почты для Rapport',
      before: [
        'Кто-то, надеемся, что вы, хочет создать рабочее пространство в Rapport с этим адресом электронной почты. Подтвердите адрес, чтобы создать его и войти.',
      ],
      action: 'Подтвердить и создать рабочее пространство',
      after: [
        'Ссылкой можно воспользоваться один раз в течение 24 часов.',
        'Если это были не вы, просто проигнорируйте это письмо: без ссылки ничего не будет создано.',
      ],
    },
    sk: {
      subject: 'Potvrďte svoju e-mailovú adresu pre Rapport',
      before: [
        'Niekto, dúfame, že vy, chce vytvoriť pracovný priestor v Rapporte s touto e-mailovou adresou. Potvrďte adresu, aby sa vytvoril a aby ste sa prihlásili.',
      ],
      action: 'Potvrdiť a vytvoriť pracovný priestor',
      after: [
        'Odkaz funguje raz, počas 24 hodín.',
        'Ak ste to neboli vy, tento e-mail ignorujte: bez odkazu sa nič nevytvorí.',
      ],
    },
    pt: {
      subject: 'Confirme o seu endereço de e-mail para o Rapport',
      before: [
        'Alguém, esperamos que tenha sido você, pediu para criar um espaço de trabalho no Rapport com este endereço de e-mail. Confirme o endereço para o criar e iniciar sessão.',
      ],
      action: 'Confirmar e criar o espaço de trabalho',
      after: [
        'A ligação funciona uma única vez, durante 24 horas.',
        'Se não foi você, ignore este e-mail: sem a ligação nada é criado.',
      ],
    },
    pl: {
      subject: 'Potwierdź swój adres e-mail w Rapport',
      before: [
        'Ktoś, mamy nadzieję, że Ty, chce utworzyć przestrzeń roboczą w Rapport z tym adresem e-mail. Potwierdź adres, aby ją utworzyć i się zalogować.',
      ],
      action: 'Potwierdź i utwórz przestrzeń roboczą',
      after: [
        'Link działa jeden raz, przez 24 godziny.',
        'Jeśli to nie Ty, zignoruj tę wiadomość: bez linku nic nie zostanie utworzone.',
      ],
    },
  },
  signUpExistingAccount: {
    en: {
      subject: 'You already have a Rapport account',
      before: [
        'Someone, hopefully you, tried to sign up to Rapport with this email address. You already have an account, so nothing new was created: sign in with your password instead.',
      ],
      action: 'Sign in',
      after: ['If it was not you, ignore this email: nothing has changed.'],
    },
    bg: {
      subject: 'Вече имате профил в Rapport',
      before: [
        'Някой, надяваме се вие, се опита да се регистрира в Rapport с този имейл адрес. Вече имате профил, затова нищо ново не е създадено: влезте с паролата си.',
      ],
      action: 'Вход',
      after: ['Ако не сте били вие, не обръщайте внимание на този имейл: нищо не е променено.'],
    },
    ru: {
      subject: 'У вас уже есть учётная запись в Rapport',
      before: [
        'Кто-то, надеемся, что вы, пытался зарегистрироваться в Rapport с этим адресом электронной почты. У вас уже есть учётная запись, поэтому ничего нового не создано: войдите со своим паролем.',
      ],
      action: 'Войти',
      after: ['Если это были не вы, просто проигнорируйте это письмо: ничего не изменилось.'],
    },
    sk: {
      subject: 'V Rapporte už máte účet',
      before: [
        'Niekto, dúfame, že vy, sa pokúsil zaregistrovať do Rapportu s touto e-mailovou adresou. Účet už máte, preto sa nič nové nevytvorilo: prihláste sa svojím heslom.',
      ],
      action: 'Prihlásiť sa',
      after: ['Ak ste to neboli vy, tento e-mail ignorujte: nič sa nezmenilo.'],
    },
    pt: {
      subject: 'Já tem uma conta no Rapport',
      before: [
        'Alguém, esperamos que tenha sido você, tentou registar-se no Rapport com este endereço de e-mail. Já tem uma conta, por isso nada de novo foi criado: inicie sessão com a sua palavra-passe.',
      ],
      action: 'Iniciar sessão',
      after: ['Se não foi você, ignore este e-mail: nada foi alterado.'],
    },
    pl: {
      subject: 'Masz już konto w Rapport',
      before: [
        'Ktoś, mamy nadzieję, że Ty, próbował zarejestrować się w Rapport z tym adresem e-mail. Masz już konto, więc nic nowego nie zostało utworzone: zaloguj się swoim hasłem.',
      ],
      action: 'Zaloguj się',
      after: ['Jeśli to nie Ty, zignoruj tę wiadomość: nic się nie zmieniło.'],
    },
  },
  smtpTest: {
    en: {
      subject: 'Rapport test email',
      before: [
        'This message was sent from the email settings of your Rapport workspace to check that outgoing email works.',
      ],
      action: 'Open the email settings',
      after: ['If it reached you, email from the workspace is delivered.'],
    },
    bg: {
      subject: 'Тестов имейл от Rapport',
      before: [
        'Това съобщение е изпратено от настройките за имейл на работното ви пространство в Rapport, за да се провери дали изходящата поща работи.',
      ],
      action: 'Отворете настройките за имейл',
      after: ['Ако сте го получили, имейлите от работното пространство се доставят.'],
    },
    ru: {
      subject: 'Тестовое письмо от Rapport',
      before: [
        'Это письмо отправлено из настроек почты вашего рабочего пространства Rapport, чтобы проверить, работает ли исходящая почта.',
      ],
      action: 'Открыть настройки почты',
      after: ['Если вы его получили, письма из рабочего пространства доставляются.'],
    },
    sk: {
      subject: 'Testovací e-mail z Rapportu',
      before: [
        'Táto správa bola odoslaná z nastavení e-mailu vášho pracovného priestoru v Rapporte, aby sa overilo, že odchádzajúca pošta funguje.',
      ],
      action: 'Otvoriť nastavenia e-mailu',
      after: ['Ak vám prišla, e-maily z pracovného priestoru sa doručujú.'],
    },
    pt: {
      subject: 'E-mail de teste do Rapport',
      before: [
        'Esta mensagem foi enviada a partir das definições de e-mail do seu espaço de trabalho no Rapport para verificar se o envio de e-mail funciona.',
      ],
      action: 'Abrir as definições de e-mail',
      after: ['Se a recebeu, os e-mails do espaço de trabalho estão a ser entregues.'],
    },
    pl: {
      subject: 'Testowa wiadomość z Rapport',
      before: [
        'Ta wiadomość została wysłana z ustawień poczty Twojej przestrzeni roboczej w Rapport, aby sprawdzić, czy poczta wychodząca działa.',
      ],
      action: 'Otwórz ustawienia poczty',
      after: ['Jeśli dotarła, wiadomości z przestrzeni roboczej są dostarczane.'],
    },
  },
  passwordReset: {
    en: {
      subject: 'Reset your Rapport password',
      before: [
        'Someone, hopefully you, asked to reset the password of the Rapport account with this email address. Choose a new password with the link below.',
      ],
      action: 'Choose a new password',
      after: [
        'The link works once, for one hour; a newer request replaces it. Choosing a new password signs you out everywhere.',
        'If it was not you, ignore this email: your password stays as it is.',
      ],
    },
    bg: {
      subject: 'Нулиране на паролата ви за Rapport',
      before: [
        'Някой, надяваме се вие, поиска да нулира паролата на профила в Rapport с този имейл адрес. Изберете нова парола чрез връзката по-долу.',
      ],
      action: 'Изберете нова парола',
      after: [
        'Връзката може да се използва веднъж, в рамките на един час; по-нова заявка я заменя. Новата парола ви изписва от всички устройства.',
        'Ако не сте били вие, не обръщайте внимание на този имейл: паролата ви остава същата.',
      ],
    },
    ru: {
      subject: 'Сброс пароля в Rapport',
      before: [
        'Кто-то, надеемся, что вы, запросил сброс пароля учётной записи Rapport с этим адресом электронной почты. Задайте новый пароль по ссылке ниже.',
      ],
      action: 'Задать новый пароль',
      after: [
        'Ссылкой можно воспользоваться один раз в течение часа; новый запрос её заменяет. После смены пароля вы выйдете из системы на всех устройствах.',
        'Если это были не вы, просто проигнорируйте это письмо: ваш пароль не изменится.',
      ],
    },
    sk: {
      subject: 'Obnovenie hesla do Rapportu',
      before: [
        'Niekto, dúfame, že vy, požiadal o obnovenie hesla k účtu v Rapporte s touto e-mailovou adresou. Nové heslo si zvoľte cez odkaz nižšie.',
      ],
      action: 'Zvoliť nové heslo',
      after: [
        'Odkaz funguje raz, počas jednej hodiny; novšia žiadosť ho nahradí. Nové heslo vás odhlási zo všetkých zariadení.',
        'Ak ste to neboli vy, tento e-mail ignorujte: vaše heslo zostáva nezmenené.',
      ],
    },
    pt: {
      subject: 'Redefinir a sua palavra-passe do Rapport',
      before: [
        'Alguém, esperamos que tenha sido você, pediu para redefinir a palavra-passe da conta do Rapport com este endereço de e-mail. Escolha uma nova palavra-passe com a ligação abaixo.',
      ],
      action: 'Escolher uma nova palavra-passe',
      after: [
        'A ligação funciona uma única vez, durante uma hora; um pedido mais recente substitui-a. Escolher uma nova palavra-passe termina a sessão em todos os dispositivos.',
        'Se não foi você, ignore este e-mail: a sua palavra-passe mantém-se.',
      ],
    },
    pl: {
      subject: 'Resetowanie hasła w Rapport',
      before: [
        'Ktoś, mamy nadzieję, że Ty, poprosił o zresetowanie hasła do konta Rapport z tym adresem e-mail. Wybierz nowe hasło, korzystając z linku poniżej.',
      ],
      action: 'Wybierz nowe hasło',
      after: [
        'Link działa jeden raz, przez godzinę; nowsza prośba go zastępuje. Ustawienie nowego hasła wylogowuje Cię ze wszystkich urządzeń.',
        'Jeśli to nie Ty, zignoruj tę wiadomość: Twoje hasło pozostaje bez zmian.',
      ],
    },
  },
  passwordChanged: {
    en: {
      subject: 'Your Rapport password was changed',
      before: [
        'The password of the Rapport account with this email address was just changed, and its other sessions were signed out.',
      ],
      action: 'Reset the password',
      after: [
        'If it was you, there is nothing to do. If it was not, reset the password at once with the link above.',
      ],
    },
    bg: {
      subject: 'Паролата ви за Rapport беше сменена',
      before: [
        'Паролата на профила в Rapport с този имейл адрес току-що беше сменена, а другите му сесии бяха прекратени.',
      ],
      action: 'Нулиране на паролата',
      after: [
        'Ако сте били вие, не е нужно да правите нищо. Ако не сте били вие, нулирайте паролата веднага чрез връзката по-горе.',
      ],
    },
    ru: {
      subject: 'Ваш пароль в Rapport изменён',
      before: [
        'Пароль учётной записи Rapport с этим адресом электронной почты только что изменён, а другие её сеансы завершены.',
      ],
      action: 'Сбросить пароль',
      after: [
        'Если это были вы, ничего делать не нужно. Если нет, немедленно сбросьте пароль по ссылке выше.',
      ],
    },
    sk: {
      subject: 'Vaše heslo do Rapportu bolo zmenené',
      before: [
        'Heslo k účtu v Rapporte s touto e-mailovou adresou bolo práve zmenené a jeho ostatné relácie boli odhlásené.',
      ],
      action: 'Obnoviť heslo',
      after: ['Ak ste to boli vy, nemusíte nič robiť. Ak nie, heslo hneď obnovte cez odkaz vyššie.'],
    },
    pt: {
      subject: 'A sua palavra-passe do Rapport foi alterada',
      before: [
        'A palavra-passe da conta do Rapport com este endereço de e-mail acabou de ser alterada, e as outras sessões da conta foram terminadas.',
      ],
      action: 'Redefinir a palavra-passe',
      after: [
        'Se foi você, não precisa de fazer nada. Se não foi, redefina a palavra-passe de imediato com a ligação acima.',
      ],
    },
    pl: {
      subject: 'Twoje hasło w Rapport zostało zmienione',
      before: [
        'Hasło do konta Rapport z tym adresem e-mail zostało właśnie zmienione, a pozostałe sesje tego konta zostały wylogowane.',
      ],
      action: 'Zresetuj hasło',
      after: [
        'Jeśli to Ty, nie musisz nic robić. Jeśli nie, natychmiast zresetuj hasło, korzystając z linku powyżej.',
      ],
    },
  },
} satisfies Record<string, Record<EmailLocale, EmailWords>>;

export type EmailKind = keyof typeof EMAIL_MESSAGES;
