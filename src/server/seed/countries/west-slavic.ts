import { list, pairs, slavicFeminine, type CountryProfile } from './country-profile.js';

/**
 * Slovak feminine surnames follow rules with many exceptions (Oravec → Oravcová, Hrubý → Hrubá,
 * Szabó → Szabóová), so each pair is written out rather than derived.
 */
const slovakPairs = new Map(
  list(`
    Horváth/Horváthová, Kováč/Kováčová, Varga/Vargová, Tóth/Tóthová, Nagy/Nagyová, Baláž/Balážová,
    Szabó/Szabóová, Molnár/Molnárová, Balog/Balogová, Lukáč/Lukáčová, Novák/Nováková, Kollár/Kollárová,
    Németh/Némethová, Oravec/Oravcová, Kováčik/Kováčiková, Šimko/Šimková, Polák/Poláková,
    Hudák/Hudáková, Kučera/Kučerová, Gajdoš/Gajdošová, Sýkora/Sýkorová, Mráz/Mrázová, Kuruc/Kurucová,
    Hudec/Hudecová, Blaho/Blahová, Marko/Marková, Kráľ/Kráľová, Mikuš/Mikušová, Bartoš/Bartošová,
    Hrubý/Hrubá, Malý/Malá, Čierny/Čierna, Biely/Biela, Sedlák/Sedláková, Kubík/Kubíková,
    Ďurica/Ďuricová, Šebo/Šebová, Žiak/Žiaková, Jurčo/Jurčová, Mlynár/Mlynárová, Šťastný/Šťastná,
    Ondrejka/Ondrejková, Švec/Švecová, Matejka/Matejková, Pšenák/Pšenáková
  `).map((pair) => pair.split('/') as [string, string]),
);

export const slovakia: CountryProfile = {
  code: 'SK',
  language: 'sk',
  weight: 10,
  currency: 'EUR',
  tld: 'sk',
  maleFirstNames: list(`
    Marek, Peter, Martin, Tomáš, Michal, Ján, Jakub, Lukáš, Juraj, Matej, Samuel, Adam, Filip, Dominik,
    Patrik, Róbert, Miroslav, Jozef, Štefan, Ľubomír, Pavol, Ondrej, Vladimír, Radoslav, Matúš, Dávid,
    Šimon, Branislav, Igor, Rastislav
  `),
  femaleFirstNames: list(`
    Mária, Jana, Katarína, Zuzana, Lucia, Monika, Martina, Veronika, Eva, Ivana, Simona, Petra, Barbora,
    Kristína, Natália, Michaela, Andrea, Lenka, Soňa, Alžbeta, Ľubica, Dominika, Nikola, Tereza,
    Miroslava, Adriána, Viktória, Romana, Žaneta, Silvia
  `),
  surnames: [...slovakPairs.keys()],
  feminineSurname: (surname) => slovakPairs.get(surname) ?? surname,
  doubleSurname: 0,
  cities: list(`
    Bratislava, Košice, Prešov, Žilina, Banská Bystrica, Nitra, Trnava, Trenčín, Martin, Poprad,
    Prievidza, Zvolen, Považská Bystrica, Michalovce, Nové Zámky, Spišská Nová Ves, Komárno, Levice,
    Humenné, Piešťany
  `),
  mobilePhones: ['+421 9{0|1|4|5|7|8}# ### ###'],
  landlinePhones: ['+421 2 #### ####', '+421 41 ### ####', '+421 55 ### ####', '+421 48 ### ####'],
  company: {
    stems: list('Tatra, Fatra, Dunaj, Váh, Hron, Orava, Liptov, Spiš, Gemer, Kysuce, Poľana, Záhorie'),
    activities: pairs(`
      Stav: Construction, Agro: Agriculture, Trans: Logistics, Soft: Software, Elektro: Manufacturing,
      Invest: Finance, Drevo: Manufacturing, Strojárne: Manufacturing, Mliekareň: Food & Beverage,
      Pekáreň: Food & Beverage, Reality: Real Estate, Servis: Professional Services, Obchod: Retail,
      Energia: Energy, Lekáreň: Healthcare
    `),
    legalForms: ['{name} s.r.o.', '{name} s.r.o.', '{name} s.r.o.', '{name} a.s.', '{name}, k.s.'],
  },
  jobTitles: list(`
    Konateľ|Konateľka, Generálny riaditeľ|Generálna riaditeľka, Obchodný riaditeľ|Obchodná riaditeľka,
    Finančný riaditeľ|Finančná riaditeľka, Vedúci nákupu|Vedúca nákupu,
    Obchodný zástupca|Obchodná zástupkyňa, Projektový manažér|Projektová manažérka,
    Účtovník|Účtovníčka, Vedúci IT|Vedúca IT, Marketingový špecialista|Marketingová špecialistka,
    Programátor|Programátorka, Asistent riaditeľa|Asistentka riaditeľa, Personalista|Personalistka,
    Technik|Technička, Key Account Manager
  `),
  noteBodies: [
    'Telefonát ohľadom obnovenia zmluvy; ozvať sa budúci týždeň s novou ponukou.',
    'Stretli sme sa na veľtrhu v Nitre. Majú záujem o analytický modul.',
    'Žiadajú referencie od zákazníkov z rovnakého odvetvia.',
    'Rozpočet schválený. Poslať zmluvu na podpis.',
  ],
};

export const poland: CountryProfile = {
  code: 'PL',
  language: 'pl',
  weight: 16,
  currency: 'PLN',
  tld: 'pl',
  maleFirstNames: list(`
    Jan, Piotr, Krzysztof, Andrzej, Tomasz, Paweł, Michał, Marcin, Łukasz, Jakub, Adam, Marek, Grzegorz,
    Wojciech, Mateusz, Dawid, Kamil, Maciej, Bartłomiej, Szymon, Rafał, Przemysław, Sebastian,
    Zbigniew, Jerzy, Stanisław, Mikołaj, Antoni, Wiktor, Józef
  `),
  femaleFirstNames: list(`
    Anna, Katarzyna, Maria, Małgorzata, Agnieszka, Barbara, Ewa, Krystyna, Elżbieta, Magdalena, Joanna,
    Aleksandra, Monika, Zofia, Natalia, Justyna, Karolina, Marta, Beata, Dorota, Paulina, Weronika,
    Julia, Alicja, Grażyna, Jadwiga, Halina, Urszula, Iwona, Żaneta
  `),
  surnames: list(`
    Nowak, Kowalski, Wiśniewski, Wójcik, Kowalczyk, Kamiński, Lewandowski, Zieliński, Szymański,
    Woźniak, Dąbrowski, Kozłowski, Jankowski, Mazur, Wojciechowski, Kwiatkowski, Krawczyk, Kaczmarek,
    Piotrowski, Grabowski, Zając, Pawłowski, Michalski, Król, Wieczorek, Jabłoński, Wróbel, Majewski,
    Olszewski, Stępień, Malinowski, Jaworski, Adamczyk, Dudek, Nowicki, Pawlak, Górski, Witkowski,
    Walczak, Sikora, Baran, Rutkowski, Szewczyk, Ostrowski, Tomaszewski, Pietrzak, Zalewski,
    Wróblewski, Jasiński, Bąk, Zawadzki, Czarnecki, Sokołowski, Kaźmierczak, Głowacki, Kołodziej,
    Ziółkowski, Przybylski, Gołębiowski, Żak
  `),
  feminineSurname: slavicFeminine,
  doubleSurname: 0,
  cities: list(`
    Warszawa, Kraków, Łódź, Wrocław, Poznań, Gdańsk, Szczecin, Bydgoszcz, Lublin, Białystok, Katowice,
    Gdynia, Częstochowa, Radom, Toruń, Rzeszów, Kielce, Gliwice, Olsztyn, Zielona Góra, Bielsko-Biała,
    Opole
  `),
  mobilePhones: ['+48 {5|6|7|8}## ### ###'],
  landlinePhones: [
    '+48 22 ### ## ##',
    '+48 12 ### ## ##',
    '+48 42 ### ## ##',
    '+48 71 ### ## ##',
    '+48 61 ### ## ##',
  ],
  company: {
    stems: list(
      'Mazowsze, Wisła, Bałtyk, Karpaty, Warta, Odra, Śląsk, Pomorze, Kujawy, Podlasie, Mazury, Tatry',
    ),
    activities: pairs(`
      Bud: Construction, Agro: Agriculture, Trans: Logistics, Soft: Software, Med: Healthcare, Stal: Manufacturing,
      Drew: Manufacturing, Invest: Finance, Logistyka: Logistics, Energia: Energy, Serwis: Professional Services,
      Handel: Retail, Druk: Media, Piekarnia: Food & Beverage
    `),
    legalForms: [
      '{name} Sp. z o.o.',
      '{name} Sp. z o.o.',
      '{name} Sp. z o.o.',
      '{name} S.A.',
      '{name} sp.k.',
    ],
  },
  jobTitles: list(`
    Prezes zarządu|Prezeska zarządu, Dyrektor handlowy|Dyrektorka handlowa,
    Dyrektor finansowy|Dyrektorka finansowa, Kierownik zakupów|Kierowniczka zakupów,
    Specjalista ds. marketingu|Specjalistka ds. marketingu, Główny księgowy|Główna księgowa,
    Księgowy|Księgowa, Przedstawiciel handlowy|Przedstawicielka handlowa,
    Kierownik projektu|Kierowniczka projektu, Programista|Programistka, Właściciel|Właścicielka,
    Asystent zarządu|Asystentka zarządu, Kierownik działu IT|Kierowniczka działu IT,
    Specjalista ds. kadr|Specjalistka ds. kadr, Key Account Manager
  `),
  noteBodies: [
    'Rozmowa o przedłużeniu umowy; oddzwonić w przyszłym tygodniu z nową ofertą.',
    'Poznaliśmy się na targach w Poznaniu. Zainteresowani modułem analitycznym.',
    'Proszą o referencje od klientów z tej samej branży.',
    'Budżet zatwierdzony. Wysłać umowę do podpisu.',
  ],
};
