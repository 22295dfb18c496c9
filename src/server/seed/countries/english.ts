import { list, pairs, sameForBoth, type CountryProfile } from './country-profile.js';

const englishJobTitles = list(`
  Chief Executive Officer, Managing Director, Sales Director, Finance Director, Head of IT,
  Account Manager, Marketing Manager, Procurement Manager, Operations Manager, Office Manager,
  HR Business Partner, Software Engineer, Product Manager, Customer Success Manager, Project Manager,
  Business Analyst, Purchasing Assistant
`);

const englishNotes = [
  'Called about the renewal; follow up next week with a revised quote.',
  'Met at the trade fair. Interested in the analytics add-on.',
  'Asked for references from customers in the same industry.',
  'Budget approved for Q1. Send the contract for signature.',
];

export const unitedKingdom: CountryProfile = {
  code: 'GB',
  language: 'en',
  weight: 12,
  currency: 'GBP',
  tld: 'co.uk',
  maleFirstNames: list(`
    Oliver, George, Harry, Jack, Jacob, Noah, Charlie, Thomas, Oscar, William, James, Leo, Alfie, Henry,
    Joshua, Freddie, Archie, Ethan, Isaac, Alexander, Daniel, Samuel, Benjamin, Edward, Matthew, David,
    Richard, Andrew, Christopher, Rhys
  `),
  femaleFirstNames: list(`
    Olivia, Amelia, Isla, Ava, Emily, Sophie, Grace, Lily, Freya, Ella, Charlotte, Poppy, Evie, Jessica,
    Florence, Ruby, Alice, Sarah, Emma, Hannah, Lucy, Rebecca, Katie, Eleanor, Chloe, Megan, Harriet,
    Victoria, Rachel, Siân
  `),
  surnames: list(`
    Smith, Jones, Williams, Taylor, Brown, Davies, Evans, Wilson, Thomas, Johnson, Roberts, Robinson,
    Thompson, Wright, Walker, White, Edwards, Hughes, Green, Hall, Lewis, Harris, Clarke, Patel, Jackson,
    Wood, Turner, Martin, Cooper, Hill, Ward, Morris, Moore, Clark, Lee, King, Baker, Harrison, Morgan,
    Allen, Scott, Phillips, Watson, Parker, Price, Bennett, Young, Griffiths, O'Brien, Murphy, Kelly,
    McDonald, Campbell, Stewart, Khan, Ali, Singh, Fraser, Gallagher, Doherty
  `),
  feminineSurname: sameForBoth,
  doubleSurname: 0,
  cities: list(`
    London, Manchester, Birmingham, Leeds, Glasgow, Edinburgh, Liverpool, Bristol, Sheffield, Cardiff,
    Belfast, Nottingham, Leicester, Newcastle upon Tyne, Brighton, Southampton, Oxford, Cambridge, York,
    Aberdeen
  `),
  mobilePhones: ['+44 7{4|5|7|8|9}## ######'],
  landlinePhones: [
    '+44 20 {7|8}### ####',
    '+44 161 ### ####',
    '+44 121 ### ####',
    '+44 131 ### ####',
    '+44 1@## ######',
  ],
  company: {
    stems: list(
      'Thames, Pennine, Cotswold, Highland, Severn, Mersey, Clyde, Albion, Kingsway, Northgate, Chiltern, Solent',
    ),
    activities: pairs(`
      Logistics: Logistics, Engineering: Manufacturing, Software: Software, Consulting: Professional Services,
      Foods: Food & Beverage, Energy: Energy, Analytics: Software, Building Services: Construction,
      Media: Media, Pharma: Healthcare, Textiles: Manufacturing, Capital: Finance, Retail: Retail
    `),
    legalForms: ['{name} Ltd', '{name} Ltd', '{name} Ltd', '{name} Limited', '{name} plc', '{name} LLP'],
  },
  jobTitles: englishJobTitles,
  noteBodies: englishNotes,
};

export const unitedStates: CountryProfile = {
  code: 'US',
  language: 'en',
  weight: 14,
  currency: 'USD',
  tld: 'com',
  maleFirstNames: list(`
    James, John, Robert, Michael, William, David, Richard, Joseph, Thomas, Christopher, Daniel, Matthew,
    Anthony, Mark, Steven, Andrew, Joshua, Kevin, Brian, Ryan, Jason, Justin, Tyler, Brandon, Ethan,
    Logan, Mason, Caleb, Carlos, José
  `),
  femaleFirstNames: list(`
    Mary, Patricia, Jennifer, Linda, Elizabeth, Barbara, Susan, Jessica, Sarah, Karen, Lisa, Nancy,
    Ashley, Emily, Michelle, Amanda, Melissa, Stephanie, Rebecca, Laura, Madison, Hannah, Abigail,
    Olivia, Chloe, Brianna, María, Sofía, Renée, Zoë
  `),
  surnames: list(`
    Smith, Johnson, Williams, Brown, Jones, Garcia, Miller, Davis, Rodriguez, Martinez, Hernandez, Lopez,
    Gonzalez, Wilson, Anderson, Thomas, Taylor, Moore, Jackson, Martin, Lee, Perez, Thompson, White,
    Harris, Sanchez, Clark, Ramirez, Lewis, Robinson, Walker, Young, Allen, King, Wright, Scott, Torres,
    Nguyen, Hill, Flores, Green, Adams, Nelson, Baker, Hall, Rivera, Campbell, Mitchell, Carter, Roberts,
    Kim, Chen, Patel, Cohen, Murphy, O'Connor, Sullivan, Kowalski, Peña, Müller
  `),
  feminineSurname: sameForBoth,
  doubleSurname: 0,
  cities: list(`
    New York, Los Angeles, Chicago, Houston, Phoenix, Philadelphia, San Antonio, San Diego, Dallas,
    Austin, Seattle, Denver, Boston, Atlanta, Miami, Portland, Minneapolis, Nashville, Pittsburgh,
    Raleigh, Salt Lake City, Albuquerque
  `),
  mobilePhones: [
    '+1 {212|312|415|512|617|206|303|404|305|713|602|215|619|214|503|612|615|412|919|801} @##-####',
  ],
  landlinePhones: ['+1 ({212|312|415|617|206|303|404|713}) @##-####'],
  company: {
    stems: list(
      'Pioneer, Summit, Liberty, Redwood, Lakeside, Frontier, Keystone, Bluewater, Ironwood, Prairie, Cascade, Evergreen',
    ),
    activities: pairs(`
      Systems: Software, Solutions: Professional Services, Labs: Software, Foods: Food & Beverage,
      Logistics: Logistics, Health: Healthcare, Capital: Finance, Manufacturing: Manufacturing,
      Software: Software, Energy: Energy, Media: Media, Robotics: Manufacturing, Outfitters: Retail
    `),
    legalForms: ['{name} Inc.', '{name} Inc.', '{name} LLC', '{name} LLC', '{name} Corp.'],
  },
  jobTitles: [...englishJobTitles, 'Vice President of Sales', 'Director of Operations'],
  noteBodies: englishNotes,
};
