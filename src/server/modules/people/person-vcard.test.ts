import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldLine, personToVCard, vCardCollector, vCardToRow, type VCardPerson } from './person-vcard.js';

/** The cards of a text, read line by line as an import reads them. */
function readCards(text: string) {
  const collector = vCardCollector();
  return text
    .split(/\r?\n/)
    .map((line) => collector.push(line))
    .filter((card): card is string[] => card !== null)
    .map(vCardToRow);
}

const person: VCardPerson = {
  id: '0192a0b0-0000-7000-8000-000000000001',
  firstName: 'Ľubica; "Ľubka"',
  lastName: 'Nováková, ml.',
  emails: [
    { email: 'lubica@tatra.sk', label: 'work', primary: false },
    { email: 'lubka@example.sk', label: null, primary: true },
  ],
  phones: [{ number: '+421 905 123 456', label: 'mobile' }],
  companyName: 'Tatra\\Mliekareň, a.s.',
  jobTitle: 'Nákupca\nmlieka',
  city: 'Žilina',
  country: 'SK',
  tags: ['vip', 'a,b'],
  updatedAt: '2026-11-27T12:34:56.789Z',
};

describe('vCard 4.0', () => {
  it('writes a person with escaped text and folded lines, and reads it back', () => {
    const text = personToVCard({
      ...person,
      jobTitle: `${'Vedúci oddelenia nákupu mliečnych výrobkov '.repeat(3)}`,
    });
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    expect(text).toContain('REV:20261127T123456Z\r\n');
    const [row] = readCards(personToVCard(person));
    expect(row).toEqual({
      firstName: 'Ľubica; "Ľubka"',
      lastName: 'Nováková, ml.',
      emails: 'lubka@example.sk; lubica@tatra.sk',
      phones: '+421 905 123 456',
      company: 'Tatra\\Mliekareň, a.s.',
      jobTitle: 'Nákupca\nmlieka',
      city: 'Žilina',
      country: 'SK',
      tags: 'vip; a,b',
    });
  });

  it('folds any text into lines of at most 75 octets that unfold to the same text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (text) => {
        const folded = foldLine(`NOTE:${text}`);
        for (const line of folded.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
        expect(folded.replace(/\r\n /g, '')).toBe(`NOTE:${text}`);
      }),
    );
  });

  it('reads vCard 3.0 and 2.1 habits: preferred types, bare types, a formatted name only', () => {
    const rows = readCards(
      [
        'BEGIN:VCARD',
        'VERSION:2.1',
        'FN:Jan Maria Kowalski',
        'TEL;CELL:600 700 800',
        'TEL;WORK;PREF:22 123 45 67',
        'ORG:Kowalski Sp. z o.o.;Sales',
        'END:VCARD',
      ].join('\r\n'),
    );
    expect(rows[0]).toMatchObject({
      firstName: 'Jan Maria',
      lastName: 'Kowalski',
      phones: '22 123 45 67; 600 700 800',
      company: 'Kowalski Sp. z o.o.',
    });
  });
});
