import type { Db } from '../../db/database.js';
import type { DocumentParty, DocumentSeller } from '../../documents/document-model.js';
import { documentLocale } from '../../documents/document-locale.js';
import type { FileStorage } from '../../files/file-store.js';
import { findRecord } from '../../records/record-store.js';
import type { DocumentSetting, ProductDetails } from '../../sales/sales-documents.js';
import { companyType } from '../companies/companies.record.js';
import { personType } from '../people/people.record.js';
import { findWorkspace } from '../workspaces/workspaces.repository.js';
import {
  emptyDocumentDetails,
  findDocumentDetails,
  type DocumentDetailsRow,
} from './document-details.repository.js';
import { readLogo } from './document-details.service.js';

/**
 * What a sales document needs from outside the sales records: the workspace as seller (its document
 * details and logo), the customer as buyer, the customer's language and the payment terms.
 */
export interface Customer {
  companyId: string | null;
  personId: string | null;
}

type Values = Record<string, unknown>;

function seller(
  details: DocumentDetailsRow,
  workspaceName: string,
  logo: DocumentSeller['logo'],
): DocumentSeller {
  const cityLine = [details.postal_code, details.city].filter(Boolean).join(' ');
  return {
    name: details.legal_name ?? workspaceName,
    addressLines: [details.street, details.additional_street, cityLine, details.region].filter(
      (line): line is string => Boolean(line),
    ),
    countryCode: details.country,
    vatId: details.vat_id,
    email: details.email,
    phone: details.phone,
    website: details.website,
    iban: details.iban,
    bic: details.bic,
    logo,
    legalRegistrationId: details.registration_id,
    electronicAddress:
      details.peppol_scheme && details.peppol_id
        ? { scheme: details.peppol_scheme, id: details.peppol_id }
        : null,
    postalAddress: {
      street: details.street,
      additionalStreet: details.additional_street,
      city: details.city,
      postalCode: details.postal_code,
      region: details.region,
    },
  };
}

const primaryEmail = (person: Values | undefined) =>
  ((person?.emails as { email: string; primary?: boolean }[] | undefined) ?? []).find((e) => e.primary)
    ?.email ??
  (person?.emails as { email: string }[] | undefined)?.[0]?.email ??
  null;

const personName = (person: Values) => [person.firstName, person.lastName].filter(Boolean).join(' ');

const textOf = (values: Values | undefined, key: string) =>
  (values?.[key] as string | null | undefined) ?? null;

/** A billing address in parts, and as printed: street, postcode and city, region. */
function billingAddress(values: Values | undefined) {
  const parts = {
    street: textOf(values, 'street'),
    additionalStreet: null,
    city: textOf(values, 'city'),
    postalCode: textOf(values, 'postalCode'),
    region: textOf(values, 'region'),
  };
  const cityLine = [parts.postalCode, parts.city].filter(Boolean).join(' ');
  const lines = [parts.street, cityLine, parts.region].filter((line): line is string => Boolean(line));
  return { parts, lines };
}

/**
 * The company when there is one (its billing address and VAT ID, with the person as its contact),
 * else the person (a private customer, with their own address and tax ID).
 */
function buyer(company: Values | undefined, person: Values | undefined): DocumentParty {
  const phone = ((person?.phones as { number: string }[] | undefined) ?? [])[0]?.number ?? null;
  const contact = person ? personName(person) : null;
  const billed = company ?? person;
  const address = billingAddress(billed);
  return {
    name: company ? (company.name as string) : person ? personName(person) : '—',
    addressLines: company && contact ? [contact, ...address.lines] : address.lines,
    countryCode: textOf(company, 'country') ?? textOf(person, 'country'),
    vatId: textOf(billed, 'vatId'),
    email: primaryEmail(person),
    phone,
    postalAddress: address.parts,
  };
}

export interface LoadedSetting extends DocumentSetting {
  /** The address the document is emailed to by default: the person's primary email. */
  customerEmail: string | null;
  paymentDays: number | null;
}

export async function documentSetting(
  db: Db,
  storage: FileStorage,
  workspaceId: string,
  customer: Customer,
  products: ReadonlyMap<string, ProductDetails>,
): Promise<LoadedSetting> {
  const [workspace, details, company, person] = await Promise.all([
    findWorkspace(db, workspaceId),
    findDocumentDetails(db, workspaceId),
    customer.companyId ? findRecord(db, companyType, workspaceId, customer.companyId) : undefined,
    customer.personId ? findRecord(db, personType, workspaceId, customer.personId) : undefined,
  ]);
  const row = details ?? emptyDocumentDetails(workspaceId);
  const logo = row.logo_file_id
    ? await readLogo(db, storage, workspaceId).then(
        (found) => ({ bytes: found.bytes, mediaType: found.contentType }),
        () => null,
      )
    : null;
  const companyValues = company && !company.deletedAt ? (company as unknown as Values) : undefined;
  const personValues = person && !person.deletedAt ? (person as unknown as Values) : undefined;
  return {
    seller: seller(row, workspace?.name ?? '', logo),
    buyer: buyer(companyValues, personValues),
    locale: documentLocale({
      person: personValues?.language as string | null | undefined,
      company: companyValues?.language as string | null | undefined,
      workspace: workspace?.default_locale,
    }),
    paymentTerms: row.payment_terms,
    products,
    customerEmail: primaryEmail(personValues),
    paymentDays: row.payment_days,
  };
}
