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
} satisfies Record<string, Record<EmailLocale, EmailWords>>;

export type EmailKind = keyof typeof EMAIL_MESSAGES;
