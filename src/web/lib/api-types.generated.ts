// Generated from docs/api/openapi.json by scripts/generate-api-types.ts; do not edit.
// Run `npm run api-types` after the API changes (`npm run openapi` does both).
export interface paths {
  '/auth/sign-up': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Sign up: email a confirmation link (202), or create the first workspace at once (201)
     * @description Answers 202 the same way whether or not the address has an account: the email holds a link to `/verify-sign-up?token=…` (valid 24 hours, once), or says that the address already has an account. Only on an instance without any user yet is the workspace created at once, answering 201 with a session as sign-in does.
     */
    post: operations['signUp'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/auth/sign-up/confirm': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Confirm a sign-up from its emailed link: creates the workspace and its owner, and signs in */
    post: operations['confirmSignUp'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/auth/sign-in': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Sign in with email and password (and a TOTP or recovery code when two-factor is on)
     * @description Failed attempts make the next one wait, per email and client address (doubling) and per email (up to a minute); an early attempt answers 429 with `Retry-After` and `retryAfter` in seconds.
     */
    post: operations['signIn'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/auth/accept-invitation': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Join a workspace from an invitation link */
    post: operations['acceptInvitation'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/auth/sign-out': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** End the current session */
    post: operations['signOut'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/auth/session': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The signed-in user, workspace and permissions */
    get: operations['getSession'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/auth/profile': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change your name, language or time zone */
    patch: operations['updateProfile'];
    trace?: never;
  };
  '/auth/totp': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Whether two-factor sign-in is on, and how many recovery codes are left */
    get: operations['getTwoFactorStatus'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/auth/totp/setup': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Start two-factor set-up: returns a new secret, pending until a code from it is confirmed
     * @description While two-factor sign-in is on this re-enrols, and needs `password` and a current `code`; the active secret keeps working until `/auth/totp/enable` confirms the new one.
     */
    post: operations['startTwoFactorSetup'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/auth/totp/enable': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Confirm a code from the pending secret: turns two-factor on and returns recovery codes */
    post: operations['enableTwoFactor'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/auth/totp/disable': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Turn two-factor sign-in off: needs your password and a current code */
    post: operations['disableTwoFactor'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/auth/totp/recovery-codes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** New recovery codes for a current code; the old ones stop working */
    post: operations['renewRecoveryCodes'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/auth/password': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Change your password; your other sessions end
     * @description Needs the current password, and a current two-factor code (or recovery code) when two-factor sign-in is on; throttled like sign-in. The new password must pass the same strength rule as at sign-up. Every other session of the account ends and an email tells the person. Takes effect at once on the node that answers and within five seconds on the others (each node keeps a resolved session for up to five seconds).
     */
    post: operations['changePassword'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/auth/password-reset': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Email a link to choose a new password
     * @description Answers 202 the same way whether or not the address has an account; an account gets an email with a link to `/reset-password?token=…` that works once, for one hour, and stops working when a newer one is requested. At most three emails an hour go to one address (the answer stays the same); a client address making too many requests gets 429.
     */
    post: operations['requestPasswordReset'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/auth/password-reset/check': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Whether a password reset link still works, and whether it needs a two-factor code */
    post: operations['checkPasswordReset'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/auth/password-reset/confirm': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Choose a new password with an emailed reset link; every session of the account ends
     * @description A link that is unknown, expired, used or replaced by a newer one answers 400 naming `token`. With two-factor sign-in on, `code` (a current code or a recovery code) is needed too: without it the answer is 401 naming `code`, and the link stays usable.
     */
    post: operations['confirmPasswordReset'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/auth/sessions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Your sessions, in every workspace, newest first */
    get: operations['listUserSessions'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/auth/sessions/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /**
     * End one of your sessions
     * @description Another person's session answers 404. Takes effect at once on the node that answers and within five seconds on the others (each node keeps a resolved session for up to five seconds).
     */
    delete: operations['endUserSession'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/auth/sessions/sign-out-others': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * End every session of yours but this one
     * @description Takes effect at once on the node that answers and within five seconds on the others (each node keeps a resolved session for up to five seconds).
     */
    post: operations['signOutOtherSessions'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/roles': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Roles of the workspace with their permissions */
    get: operations['listRoles'];
    put?: never;
    /** Create a custom role (admins) */
    post: operations['createRole'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/roles/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Delete a custom role nobody uses (admins) */
    delete: operations['deleteRole'];
    options?: never;
    head?: never;
    /** Rename a custom role or change its permissions (admins) */
    patch: operations['updateRole'];
    trace?: never;
  };
  '/members': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** People in the workspace with their role, teams and whether they are active */
    get: operations['listMembers'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/members/{userId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change a member's role, or deactivate/reactivate them (admins; owner changes need an owner) */
    patch: operations['updateMember'];
    trace?: never;
  };
  '/teams': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Teams of the workspace with their members */
    get: operations['listTeams'];
    put?: never;
    /** Create a team (admins) */
    post: operations['createTeam'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/teams/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Delete a team (admins) */
    delete: operations['deleteTeam'];
    options?: never;
    head?: never;
    /** Rename a team (admins) */
    patch: operations['updateTeam'];
    trace?: never;
  };
  '/teams/{id}/members': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Set a team's members; each must be a member of the workspace (admins) */
    put: operations['setTeamMembers'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api-keys': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** API keys of the workspace, revoked ones included (admins) */
    get: operations['listApiKeys'];
    put?: never;
    /** Create an API key acting with a role; the key is shown only once (admins) */
    post: operations['createApiKey'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api-keys/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Revoke an API key (admins) */
    delete: operations['revokeApiKey'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/invitations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Invitations of the workspace, accepted ones included (admins) */
    get: operations['listInvitations'];
    put?: never;
    /** Invite someone by email with a role; returns the link token once (admins) */
    post: operations['createInvitation'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/invitations/preview': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** What an invitation link is for (no sign-in needed) */
    get: operations['previewInvitation'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/invitations/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Withdraw an open invitation (admins) */
    delete: operations['withdrawInvitation'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/workspace': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Name, default currency and language of the workspace */
    get: operations['getWorkspace'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change the workspace name, default currency or language (admins) */
    patch: operations['updateWorkspace'];
    trace?: never;
  };
  '/jobs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The workspace's background jobs in one status: waiting ones in the order they are due, the others newest first (admins) */
    get: operations['listJobs'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/jobs/counts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** How many of the workspace's jobs are in each status (admins) */
    get: operations['countJobs'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/jobs/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One background job (admins) */
    get: operations['getJob'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/jobs/{id}/retry': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Run a dead or cancelled job again, now, with all its attempts (admins) */
    post: operations['retryJob'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/jobs/{id}/cancel': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Cancel a waiting job, or stop a running one (admins) */
    post: operations['cancelJob'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/companies': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List companies
     * @description Sort and filter by name, domain, country, industry, annualRevenue, ownerId, tags, createdAt, updatedAt and `custom.<key>`.
     */
    get: operations['listCompanies'];
    put?: never;
    /** Create a company */
    post: operations['createCompany'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/companies/count': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Count companies
     * @description How many companies the list with the same `q`, `filter` and `deleted` holds, exact up to 10,000.
     */
    get: operations['countCompanies'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/companies/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get a company */
    get: operations['getCompany'];
    put?: never;
    post?: never;
    /** Move a company to the trash */
    delete: operations['deleteCompany'];
    options?: never;
    head?: never;
    /** Change a company */
    patch: operations['updateCompany'];
    trace?: never;
  };
  '/companies/{id}/restore': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Restore a company from the trash */
    post: operations['restoreCompany'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/companies/{id}/merge': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Merge a duplicate into this company
     * @description This company keeps the chosen values and takes the other's notes, files, timeline, received emails and every record referring to it; the other goes to the trash, and its id then answers 404 naming this one. Fields not in `values` keep this company's value, or take the other's where this one has none; lists (emails, phones, tags) keep both.
     */
    post: operations['mergeCompanies'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/companies/duplicates': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Find companies a company with these values would duplicate
     * @description The companies the caller can read that share an email address, phone number or domain with `values` (as a form has them before saving), with the keys they share; `excludeId` leaves out the company being edited.
     */
    post: operations['findCompanyDuplicates'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/companies/bulk': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Tag, assign, change or trash many companies
     * @description Up to 100 companies are changed before the answer (200); more run as a job (202) whose progress `GET /companies/bulk/{id}` reads. Each company is changed as by a single change, with its own history entry; those the caller may not change are skipped.
     */
    post: operations['bulkCompanies'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/companies/bulk/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Progress of a bulk action on companies */
    get: operations['getBulkCompanyAction'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/companies/bulk/{id}/undo': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Undo a bulk action on companies
     * @description Restores trashed records, or sets the values the changed records had before. Answers like the bulk action.
     */
    post: operations['undoBulkCompanyAction'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/companies/{id}/history': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Field-level change history of a company */
    get: operations['getCompanyHistory'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/people': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List people
     * @description Sort and filter by firstName, lastName, email, companyId, jobTitle, city, country, ownerId, tags, createdAt, updatedAt and `custom.<key>`.
     */
    get: operations['listPeople'];
    put?: never;
    /** Create a person */
    post: operations['createPerson'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/people/count': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Count people
     * @description How many people the list with the same `q`, `filter` and `deleted` holds, exact up to 10,000.
     */
    get: operations['countPeople'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/companies/{id}/people': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List the people of a company */
    get: operations['listCompanyPeople'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/people/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get a person */
    get: operations['getPerson'];
    put?: never;
    post?: never;
    /** Move a person to the trash */
    delete: operations['deletePerson'];
    options?: never;
    head?: never;
    /** Change a person */
    patch: operations['updatePerson'];
    trace?: never;
  };
  '/people/{id}/restore': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Restore a person from the trash */
    post: operations['restorePerson'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/people/{id}/merge': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Merge a duplicate into this person
     * @description This person keeps the chosen values and takes the other's notes, files, timeline, received emails and every record referring to it; the other goes to the trash, and its id then answers 404 naming this one. Fields not in `values` keep this person's value, or take the other's where this one has none; lists (emails, phones, tags) keep both.
     */
    post: operations['mergePeople'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/people/duplicates': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Find people a person with these values would duplicate
     * @description The people the caller can read that share an email address, phone number or domain with `values` (as a form has them before saving), with the keys they share; `excludeId` leaves out the person being edited.
     */
    post: operations['findPersonDuplicates'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/people/bulk': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Tag, assign, change or trash many people
     * @description Up to 100 people are changed before the answer (200); more run as a job (202) whose progress `GET /people/bulk/{id}` reads. Each person is changed as by a single change, with its own history entry; those the caller may not change are skipped.
     */
    post: operations['bulkPeople'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/people/bulk/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Progress of a bulk action on people */
    get: operations['getBulkPersonAction'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/people/bulk/{id}/undo': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Undo a bulk action on people
     * @description Restores trashed records, or sets the values the changed records had before. Answers like the bulk action.
     */
    post: operations['undoBulkPersonAction'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/people/{id}/history': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Field-level change history of a person */
    get: operations['getPersonHistory'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/products': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * List products
     * @description Sort and filter by sku, name, description, unit, price, cost, taxRate, active, ownerId, tags, createdAt, updatedAt and `custom.<key>`.
     */
    get: operations['listProducts'];
    put?: never;
    /** Create a product */
    post: operations['createProduct'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/products/count': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Count products
     * @description How many products the list with the same `q`, `filter` and `deleted` holds, exact up to 10,000.
     */
    get: operations['countProducts'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/products/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get a product */
    get: operations['getProduct'];
    put?: never;
    post?: never;
    /** Move a product to the trash */
    delete: operations['deleteProduct'];
    options?: never;
    head?: never;
    /** Change a product */
    patch: operations['updateProduct'];
    trace?: never;
  };
  '/products/{id}/restore': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Restore a product from the trash */
    post: operations['restoreProduct'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/products/bulk': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Tag, assign, change or trash many products
     * @description Up to 100 products are changed before the answer (200); more run as a job (202) whose progress `GET /products/bulk/{id}` reads. Each product is changed as by a single change, with its own history entry; those the caller may not change are skipped.
     */
    post: operations['bulkProducts'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/products/bulk/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Progress of a bulk action on products */
    get: operations['getBulkProductAction'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/products/bulk/{id}/undo': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Undo a bulk action on products
     * @description Restores trashed records, or sets the values the changed records had before. Answers like the bulk action.
     */
    post: operations['undoBulkProductAction'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/products/{id}/history': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Field-level change history of a product */
    get: operations['getProductHistory'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/notes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Notes on a person or a company, newest first */
    get: operations['listNotes'];
    put?: never;
    /** Add a note to a person or a company */
    post: operations['createNote'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/notes/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Delete a note for good */
    delete: operations['deleteNote'];
    options?: never;
    head?: never;
    /** Change the text of a note */
    patch: operations['updateNote'];
    trace?: never;
  };
  '/companies/{id}/timeline': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Timeline of a company
     * @description What happened to the record, newest first: created, changed (the fields with their values before and after), trashed, restored, notes added, edited and deleted; notes on the records that refer to it show here too. Filter with `kind`, page with `cursor`.
     */
    get: operations['getCompanyTimeline'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/people/{id}/timeline': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Timeline of a person
     * @description What happened to the record, newest first: created, changed (the fields with their values before and after), trashed, restored, notes added, edited and deleted; notes on the records that refer to it show here too. Filter with `kind`, page with `cursor`.
     */
    get: operations['getPersonTimeline'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/products/{id}/timeline': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Timeline of a product
     * @description What happened to the record, newest first: created, changed (the fields with their values before and after), trashed, restored, notes added, edited and deleted; notes on the records that refer to it show here too. Filter with `kind`, page with `cursor`.
     */
    get: operations['getProductTimeline'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/companies/{id}/files': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Files of a company, newest first */
    get: operations['listCompanyFiles'];
    put?: never;
    /**
     * Upload a file to a company
     * @description A multipart/form-data body with the file in a part named `file`. Its type is read from its content; a declared type that contradicts it is refused. Needs permission to change the record.
     */
    post: operations['uploadCompanyFile'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/people/{id}/files': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Files of a person, newest first */
    get: operations['listPersonFiles'];
    put?: never;
    /**
     * Upload a file to a person
     * @description A multipart/form-data body with the file in a part named `file`. Its type is read from its content; a declared type that contradicts it is refused. Needs permission to change the record.
     */
    post: operations['uploadPersonFile'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/products/{id}/files': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Files of a product, newest first */
    get: operations['listProductFiles'];
    put?: never;
    /**
     * Upload a file to a product
     * @description A multipart/form-data body with the file in a part named `file`. Its type is read from its content; a declared type that contradicts it is refused. Needs permission to change the record.
     */
    post: operations['uploadProductFile'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/files/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** What a file is and which record it belongs to */
    get: operations['getFile'];
    put?: never;
    post?: never;
    /**
     * Delete a file
     * @description The file leaves its record at once; its content is removed after 30 days.
     */
    delete: operations['deleteFile'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/files/{id}/content': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Download a file
     * @description Always as an attachment (`Content-Disposition` with the name in `filename*`), with the type read from the content at upload and `X-Content-Type-Options: nosniff`.
     */
    get: operations['downloadFile'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/views': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Saved list views: your own and the shared ones, by name */
    get: operations['listViews'];
    put?: never;
    /** Save a list view */
    post: operations['createView'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/views/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get a saved view */
    get: operations['getView'];
    put?: never;
    post?: never;
    /** Delete a saved view (its creator or an admin) */
    delete: operations['deleteView'];
    options?: never;
    head?: never;
    /**
     * Change a saved view (its creator or an admin)
     * @description `config` replaces the whole configuration.
     */
    patch: operations['updateView'];
    trace?: never;
  };
  '/custom-fields': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Custom fields defined for each record type */
    get: operations['listCustomFields'];
    put?: never;
    /** Define a custom field (admins) */
    post: operations['createCustomField'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/custom-fields/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Delete a custom field definition (admins) */
    delete: operations['deleteCustomField'];
    options?: never;
    head?: never;
    /** Change a custom field (admins) */
    patch: operations['updateCustomField'];
    trace?: never;
  };
  '/search': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Search every record type, ignoring case, accents and script */
    get: operations['searchRecords'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/tags': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The tags in use, most used first, with counts per record type */
    get: operations['listTags'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/tags/rename': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Rename a tag on every record, or merge it into another
     * @description Every live record carrying `from` carries `to` instead, in one transaction; each change is in the record’s history. Renaming to a tag already in use merges the two. Needs admin update.
     */
    post: operations['renameTag'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/audit-log': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Who changed what and when, newest first (admins and managers) */
    get: operations['listAuditEntries'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/events/stream': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Live changes of records (server-sent events)
     * @description A `text/event-stream` of the workspace’s record changes that the caller may read: a `record` event (data: a RecordEvent) for every create, update, delete and restore of every record type, sent as soon as the change is committed on any node. Read the record to see its values.
     *
     *     Each event’s `id` is its place in the workspace’s events; reconnecting with `Last-Event-ID` (browsers send it themselves) or `?after=` first sends what was missed. When that is more than 1000 events or a day ago, or not an id of this stream, a `reset` event says to reload everything instead.
     *
     *     The stream opens with a `ready` event naming the position it starts from; a comment line is sent every 25 seconds. It ends when the credentials stop being valid. At most 20 streams per API key or session.
     */
    get: operations['streamRecordEvents'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/email/smtp': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** What sends the workspace's email, and its own SMTP server if it has one (admins) */
    get: operations['getSmtpSettings'];
    /**
     * Set the workspace's own SMTP server (admins)
     * @description Email of the workspace goes out through this server instead of the server-wide one. Passwords and DKIM keys are write-only, stored encrypted when the server has `SECRET_KEY`.
     */
    put: operations['putSmtpSettings'];
    post?: never;
    /** Remove the workspace's own SMTP server: email goes out as the server is configured (admins) */
    delete: operations['deleteSmtpSettings'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/email/smtp/test': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Send a test message now and report the SMTP server's answer (admins) */
    post: operations['sendTestEmail'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/email/outbox': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The workspace's outgoing email, newest first; `status=dev` is the development outbox (admins) */
    get: operations['listOutboundEmails'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/email/outbox/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One outgoing message with its text (admins) */
    get: operations['getOutboundEmail'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/mailboxes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The workspace's IMAP mailboxes with their status (admins) */
    get: operations['listMailboxes'];
    put?: never;
    /** Add an IMAP mailbox to poll for incoming email (admins) */
    post: operations['createMailbox'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/mailboxes/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One mailbox with its status and last error (admins) */
    get: operations['getMailbox'];
    put?: never;
    post?: never;
    /** Stop polling a mailbox and forget its settings; imported emails stay (admins) */
    delete: operations['deleteMailbox'];
    options?: never;
    head?: never;
    /**
     * Change a mailbox (admins)
     * @description A new server, user or folder starts reading the folder from the start; messages already imported are not imported again.
     */
    patch: operations['updateMailbox'];
    trace?: never;
  };
  '/mailboxes/{id}/test': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Connect, sign in and open the folder now, and report the server's answer (admins) */
    post: operations['testMailbox'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/mailboxes/{id}/poll': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Poll the mailbox now, unless a poll already waits or runs (admins) */
    post: operations['pollMailbox'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/emails/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * A received email with its attachments and the records it is linked to
     * @description Readable by admins and by whoever may read one of the linked records.
     */
    get: operations['getReceivedEmail'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/emails/{id}/attachments/{attachmentId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Download a file an email carried */
    get: operations['downloadEmailAttachment'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/webhooks': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The workspace's webhook endpoints, newest first (admins) */
    get: operations['listWebhooks'];
    put?: never;
    /** Add an endpoint; the answer holds its signing secret, shown only this once (admins) */
    post: operations['createWebhook'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/webhooks/event-types': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every event type an endpoint can take: one per record type and change (admins) */
    get: operations['listWebhookEventTypes'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/webhooks/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One webhook endpoint (admins) */
    get: operations['getWebhook'];
    put?: never;
    post?: never;
    /** Delete an endpoint with its delivery log; messages not yet sent are dropped (admins) */
    delete: operations['deleteWebhook'];
    options?: never;
    head?: never;
    /** Change an endpoint's URL, description or event types, or disable or enable it (admins) */
    patch: operations['updateWebhook'];
    trace?: never;
  };
  '/webhooks/{id}/rotate-secret': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Give an endpoint a new secret, shown only in this answer; the old one also signs for 24 hours (admins) */
    post: operations['rotateWebhookSecret'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/webhooks/{id}/test': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Send a `webhook.test` message to the endpoint now; its delivery shows in the log (admins) */
    post: operations['sendWebhookTest'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/webhooks/{id}/deliveries': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** An endpoint's deliveries with the outcome of their last attempt, newest first (admins) */
    get: operations['listWebhookDeliveries'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/webhooks/{id}/deliveries/{deliveryId}/replay': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Send a delivered or failed message again, with the same `webhook-id` (admins) */
    post: operations['replayWebhookDelivery'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/companies/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Export companies
     * @description The whole list, as the list query or a saved view selects it, streamed as it is read: CSV with one column per field (ISO dates, money as a decimal with its currency in `<column>.currency`, lists separated by "; "). Sensitive fields are left out for roles that may not see them.
     */
    get: operations['exportCompanies'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/people/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Export people
     * @description The whole list, as the list query or a saved view selects it, streamed as it is read: CSV with one column per field (ISO dates, money as a decimal with its currency in `<column>.currency`, lists separated by "; "), or vCard 4.0. Sensitive fields are left out for roles that may not see them.
     */
    get: operations['exportPeople'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/products/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Export products
     * @description The whole list, as the list query or a saved view selects it, streamed as it is read: CSV with one column per field (ISO dates, money as a decimal with its currency in `<column>.currency`, lists separated by "; "). Sensitive fields are left out for roles that may not see them.
     */
    get: operations['exportProducts'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/people/{id}/vcard': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A person as a vCard 4.0 file */
    get: operations['getPersonVCard'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/imports': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Imports, newest first */
    get: operations['listImports'];
    put?: never;
    /**
     * Upload a file to import
     * @description The file is checked whole: a malformed CSV is refused (400) before anything is written. Without `mapping` the import waits as a draft with a mapping suggested from the headers in six languages (201); with it, it starts at once (202).
     */
    post: operations['createImport'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/imports/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** An import with its progress and counts */
    get: operations['getImport'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change a draft import's mapping, keys or mode */
    patch: operations['updateImport'];
    trace?: never;
  };
  '/imports/{id}/preview': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The first rows as they would be imported
     * @description Each row is run as the import would run it, in a transaction that is rolled back.
     */
    get: operations['previewImport'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/imports/{id}/start': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Start a draft import */
    post: operations['startImport'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/imports/{id}/cancel': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Cancel an import
     * @description A running import stops after its current batch; what it wrote stays.
     */
    post: operations['cancelImport'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/imports/{id}/errors': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The rows that could not be imported, as CSV
     * @description One line per problem: `row` (the header is row 1), `column`, `message`.
     */
    get: operations['getImportErrors'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    MoneyInput: {
      amount: number;
      currency: string;
    };
    /** @description Columns, sort, filter and search of a list, in the same terms as the list query */
    ViewConfigInput: {
      columns: string[];
      /** @description Comma-separated fields; `-` in front sorts descending, e.g. `lastName,-createdAt` */
      sort?: string;
      /** @description `filter[field]=value` or `filter[field][op]=value`; ops: eq, ne, contains, gt, gte, lt, lte, in, empty */
      filter?: {
        [key: string]:
          | string
          | string[]
          | {
              [key: string]: string | string[];
            };
      };
      q?: string;
    };
    Problem: {
      type: string;
      title: string;
      status: number;
      detail: string;
      errors?: {
        field: string;
        message: string;
      }[];
      /** @description On 429 from sign-in and credential checks: seconds to wait, as in `Retry-After` */
      retryAfter?: number;
    };
    AuditEntry: {
      /** Format: uuid */
      id: string;
      entityType: string;
      /** Format: uuid */
      entityId: string;
      action: string;
      actorType: string;
      actorId: string | null;
      actorName: string | null;
      changes: {
        [key: string]: {
          before: unknown;
          after: unknown;
        };
      };
      createdAt: string;
    };
    Money: {
      amount: number;
      currency: string;
    };
    Company: {
      /** Format: uuid */
      id: string;
      createdAt: string;
      updatedAt: string;
      /** @description Raised by every change; send it back as `If-Match: "<version>"` to refuse overwriting a newer change */
      version: number;
      name: string;
      domain: string | null;
      country: string | null;
      industry: string | null;
      annualRevenue: components['schemas']['Money'] | null;
      ownerId: string | null;
      tags: string[];
      custom: {
        [key: string]: unknown;
      };
      deletedAt: string | null;
    };
    Person: {
      /** Format: uuid */
      id: string;
      createdAt: string;
      updatedAt: string;
      /** @description Raised by every change; send it back as `If-Match: "<version>"` to refuse overwriting a newer change */
      version: number;
      firstName: string;
      lastName: string;
      emails: {
        email: string;
        label: string | null;
        primary: boolean;
      }[];
      phones: {
        number: string;
        label: string | null;
      }[];
      companyId: string | null;
      /** @description Display name of the company, for display */
      companyName: string | null;
      jobTitle: string | null;
      city: string | null;
      country: string | null;
      ownerId: string | null;
      tags: string[];
      custom: {
        [key: string]: unknown;
      };
      deletedAt: string | null;
    };
    Product: {
      /** Format: uuid */
      id: string;
      createdAt: string;
      updatedAt: string;
      /** @description Raised by every change; send it back as `If-Match: "<version>"` to refuse overwriting a newer change */
      version: number;
      sku: string;
      name: string;
      description: string | null;
      unit: string | null;
      price: components['schemas']['Money'] | null;
      /** @description Purchase cost per unit; shown only to roles that may read and change every product */
      cost: components['schemas']['Money'] | null;
      taxRate: number | null;
      active: boolean;
      ownerId: string | null;
      tags: string[];
      custom: {
        [key: string]: unknown;
      };
      deletedAt: string | null;
    };
    TimelineEvent:
      | {
          /** Format: uuid */
          id: string;
          occurredAt: string;
          /** @description Who did it, as the audit log records it */
          actor: {
            /** @enum {string} */
            type: 'user' | 'api_key' | 'system';
            id: string | null;
            /** @description The member's or the API key's name */
            name: string | null;
          };
          /** @description The record the event is about when it is another one (a note on a person, on the timeline of the person’s company) */
          subject: {
            type: string;
            /** Format: uuid */
            id: string;
            name: string | null;
          } | null;
          /** @description The row the event came from (a note), if any */
          ref: {
            type: string;
            /** Format: uuid */
            id: string;
          } | null;
          /** @constant */
          kind: 'created';
          data: Record<string, never>;
        }
      | {
          /** Format: uuid */
          id: string;
          occurredAt: string;
          /** @description Who did it, as the audit log records it */
          actor: {
            /** @enum {string} */
            type: 'user' | 'api_key' | 'system';
            id: string | null;
            /** @description The member's or the API key's name */
            name: string | null;
          };
          /** @description The record the event is about when it is another one (a note on a person, on the timeline of the person’s company) */
          subject: {
            type: string;
            /** Format: uuid */
            id: string;
            name: string | null;
          } | null;
          /** @description The row the event came from (a note), if any */
          ref: {
            type: string;
            /** Format: uuid */
            id: string;
          } | null;
          /** @constant */
          kind: 'change';
          data: {
            /** @description Changed fields by API name (`custom.<key>` for custom fields), with their values */
            changes: {
              [key: string]: {
                before: unknown;
                after: unknown;
              };
            };
            /** @description For changed reference fields (`companyId`): the names of the records, as they were then */
            names?: {
              [key: string]: {
                before: string | null;
                after: string | null;
              };
            };
          };
        }
      | {
          /** Format: uuid */
          id: string;
          occurredAt: string;
          /** @description Who did it, as the audit log records it */
          actor: {
            /** @enum {string} */
            type: 'user' | 'api_key' | 'system';
            id: string | null;
            /** @description The member's or the API key's name */
            name: string | null;
          };
          /** @description The record the event is about when it is another one (a note on a person, on the timeline of the person’s company) */
          subject: {
            type: string;
            /** Format: uuid */
            id: string;
            name: string | null;
          } | null;
          /** @description The row the event came from (a note), if any */
          ref: {
            type: string;
            /** Format: uuid */
            id: string;
          } | null;
          /** @constant */
          kind: 'deleted';
          data: Record<string, never>;
        }
      | {
          /** Format: uuid */
          id: string;
          occurredAt: string;
          /** @description Who did it, as the audit log records it */
          actor: {
            /** @enum {string} */
            type: 'user' | 'api_key' | 'system';
            id: string | null;
            /** @description The member's or the API key's name */
            name: string | null;
          };
          /** @description The record the event is about when it is another one (a note on a person, on the timeline of the person’s company) */
          subject: {
            type: string;
            /** Format: uuid */
            id: string;
            name: string | null;
          } | null;
          /** @description The row the event came from (a note), if any */
          ref: {
            type: string;
            /** Format: uuid */
            id: string;
          } | null;
          /** @constant */
          kind: 'restored';
          data: Record<string, never>;
        }
      | {
          /** Format: uuid */
          id: string;
          occurredAt: string;
          /** @description Who did it, as the audit log records it */
          actor: {
            /** @enum {string} */
            type: 'user' | 'api_key' | 'system';
            id: string | null;
            /** @description The member's or the API key's name */
            name: string | null;
          };
          /** @description The record the event is about when it is another one (a note on a person, on the timeline of the person’s company) */
          subject: {
            type: string;
            /** Format: uuid */
            id: string;
            name: string | null;
          } | null;
          /** @description The row the event came from (a note), if any */
          ref: {
            type: string;
            /** Format: uuid */
            id: string;
          } | null;
          /** @constant */
          kind: 'merged';
          data: {
            /**
             * Format: uuid
             * @description The record merged into this one; its id now answers 404
             */
            mergedId: string;
            /** @description Its display name, as it was */
            mergedName: string;
            /** @description Fields of this record that took the merged record’s values, with their values */
            changes: {
              [key: string]: {
                before: unknown;
                after: unknown;
              };
            };
          };
        }
      | {
          /** Format: uuid */
          id: string;
          occurredAt: string;
          /** @description Who did it, as the audit log records it */
          actor: {
            /** @enum {string} */
            type: 'user' | 'api_key' | 'system';
            id: string | null;
            /** @description The member's or the API key's name */
            name: string | null;
          };
          /** @description The record the event is about when it is another one (a note on a person, on the timeline of the person’s company) */
          subject: {
            type: string;
            /** Format: uuid */
            id: string;
            name: string | null;
          } | null;
          /** @description The row the event came from (a note), if any */
          ref: {
            type: string;
            /** Format: uuid */
            id: string;
          } | null;
          /** @constant */
          kind: 'note';
          data: {
            /** @enum {string} */
            action: 'added' | 'edited' | 'deleted';
            /** @description The note's first 280 characters, ending in … when it is longer */
            excerpt?: string;
          };
        }
      | {
          /** Format: uuid */
          id: string;
          occurredAt: string;
          /** @description Who did it, as the audit log records it */
          actor: {
            /** @enum {string} */
            type: 'user' | 'api_key' | 'system';
            id: string | null;
            /** @description The member's or the API key's name */
            name: string | null;
          };
          /** @description The record the event is about when it is another one (a note on a person, on the timeline of the person’s company) */
          subject: {
            type: string;
            /** Format: uuid */
            id: string;
            name: string | null;
          } | null;
          /** @description The row the event came from (a note), if any */
          ref: {
            type: string;
            /** Format: uuid */
            id: string;
          } | null;
          /** @constant */
          kind: 'email';
          data: {
            /** @enum {string} */
            direction: 'in' | 'out';
            /**
             * Format: uuid
             * @description `GET /emails/{emailId}` reads the whole message
             */
            emailId: string;
            subject: string;
            from: string;
            to: string[];
            /** @description The text's first 280 characters, ending in … when it is longer */
            excerpt: string;
            /** @description How many files it carries */
            attachments: number;
            /** @description A delivery-status report: an outgoing message did not arrive */
            bounce: boolean;
          };
        };
    ApiKey: {
      /** Format: uuid */
      id: string;
      name: string;
      /** @description The first characters of the key, to recognise it */
      prefix: string;
      /** Format: uuid */
      roleId: string;
      createdBy: string | null;
      lastUsedAt: string | null;
      revokedAt: string | null;
      createdAt: string;
    };
    CreatedApiKey: {
      /** Format: uuid */
      id: string;
      name: string;
      /** @description The first characters of the key, to recognise it */
      prefix: string;
      /** Format: uuid */
      roleId: string;
      createdBy: string | null;
      lastUsedAt: string | null;
      revokedAt: string | null;
      createdAt: string;
      /** @description The secret key; shown only in this response */
      key: string;
    };
    SignUpAccepted: {
      /** @constant */
      status: 'verification_sent';
      /** @description The address the email went to */
      email: string;
    };
    Session: {
      user: {
        /** Format: uuid */
        id: string;
        email: string;
        name: string;
        /** @enum {string} */
        locale: 'en' | 'bg' | 'ru' | 'sk' | 'pt' | 'pl';
        timeZone: string | null;
        totpEnabled: boolean;
      };
      workspace: {
        /** Format: uuid */
        id: string;
        name: string;
        defaultCurrency: string;
        defaultLocale: string;
      };
      role: {
        key: string | null;
      };
      permissions: {
        [key: string]: {
          [key: string]: string;
        };
      };
      /** @description Members who share a team with the user, the user included: the owners of the records a `team` scope reaches */
      teamUserIds: string[];
      csrfToken: string;
    };
    Invitation: {
      /** Format: uuid */
      id: string;
      email: string;
      /** Format: uuid */
      roleId: string;
      /** Format: uuid */
      invitedBy: string;
      expiresAt: string;
      acceptedAt: string | null;
      createdAt: string;
    };
    CreatedInvitation: {
      /** Format: uuid */
      id: string;
      email: string;
      /** Format: uuid */
      roleId: string;
      expiresAt: string;
      /** @description The secret of the invitation link; shown only in this response */
      token: string;
      /** @description Path of the web page that accepts the invitation */
      path: string;
    };
    InvitationPreview: {
      workspaceName: string;
      email: string;
    };
    Job: {
      /** Format: uuid */
      id: string;
      /** @description What the job does, e.g. `mail.sweep` */
      type: string;
      /**
       * @description `waiting` (due at `runAt`, or backing off after a failed attempt), `running` (held by a node), `done`, `dead` (gave up: `lastError` says why), `cancelled`
       * @enum {string}
       */
      status: 'waiting' | 'running' | 'done' | 'dead' | 'cancelled';
      /** @description What the job was given */
      payload: unknown;
      dedupeKey: string | null;
      /** @description When the job is, or was last, due */
      runAt: string;
      /** @description Attempts started so far */
      attempts: number;
      maxAttempts: number;
      /** @description The node running the job */
      lockedBy: string | null;
      /** @description When the node's lease runs out unless renewed */
      lockedUntil: string | null;
      /** @description Why the last attempt failed */
      lastError: string | null;
      createdAt: string;
      updatedAt: string;
      finishedAt: string | null;
    };
    JobCounts: {
      waiting: number;
      running: number;
      done: number;
      dead: number;
      cancelled: number;
    };
    Member: {
      /**
       * Format: uuid
       * @description The member's user id
       */
      id: string;
      /** Format: uuid */
      userId: string;
      email: string;
      name: string;
      /** Format: uuid */
      roleId: string;
      roleKey: string | null;
      roleName: string;
      /** @description Deactivated members cannot sign in to this workspace */
      active: boolean;
      teams: {
        /** Format: uuid */
        id: string;
        name: string;
      }[];
      createdAt: string;
      updatedAt: string;
    };
    /** @description For each module and action, the records allowed: none, own, team or all */
    Permissions: {
      people: {
        /** @enum {string} */
        create: 'none' | 'own' | 'team' | 'all';
        /** @enum {string} */
        read: 'none' | 'own' | 'team' | 'all';
        /** @enum {string} */
        update: 'none' | 'own' | 'team' | 'all';
        /** @enum {string} */
        delete: 'none' | 'own' | 'team' | 'all';
      };
      companies: {
        /** @enum {string} */
        create: 'none' | 'own' | 'team' | 'all';
        /** @enum {string} */
        read: 'none' | 'own' | 'team' | 'all';
        /** @enum {string} */
        update: 'none' | 'own' | 'team' | 'all';
        /** @enum {string} */
        delete: 'none' | 'own' | 'team' | 'all';
      };
      products: {
        /** @enum {string} */
        create: 'none' | 'own' | 'team' | 'all';
        /** @enum {string} */
        read: 'none' | 'own' | 'team' | 'all';
        /** @enum {string} */
        update: 'none' | 'own' | 'team' | 'all';
        /** @enum {string} */
        delete: 'none' | 'own' | 'team' | 'all';
      };
      notes: {
        /** @enum {string} */
        create: 'none' | 'own' | 'team' | 'all';
        /** @enum {string} */
        read: 'none' | 'own' | 'team' | 'all';
        /** @enum {string} */
        update: 'none' | 'own' | 'team' | 'all';
        /** @enum {string} */
        delete: 'none' | 'own' | 'team' | 'all';
      };
      views: {
        /** @enum {string} */
        create: 'none' | 'own' | 'team' | 'all';
        /** @enum {string} */
        read: 'none' | 'own' | 'team' | 'all';
        /** @enum {string} */
        update: 'none' | 'own' | 'team' | 'all';
        /** @enum {string} */
        delete: 'none' | 'own' | 'team' | 'all';
      };
      admin: {
        /** @enum {string} */
        create: 'none' | 'own' | 'team' | 'all';
        /** @enum {string} */
        read: 'none' | 'own' | 'team' | 'all';
        /** @enum {string} */
        update: 'none' | 'own' | 'team' | 'all';
        /** @enum {string} */
        delete: 'none' | 'own' | 'team' | 'all';
      };
      audit: {
        /** @enum {string} */
        create: 'none' | 'own' | 'team' | 'all';
        /** @enum {string} */
        read: 'none' | 'own' | 'team' | 'all';
        /** @enum {string} */
        update: 'none' | 'own' | 'team' | 'all';
        /** @enum {string} */
        delete: 'none' | 'own' | 'team' | 'all';
      };
    };
    Role: {
      /** Format: uuid */
      id: string;
      createdAt: string;
      updatedAt: string;
      /** @description Set for the built-in roles (owner, admin, manager, member, viewer) */
      key: string | null;
      name: string;
      permissions: components['schemas']['Permissions'];
      builtIn: boolean;
      /** @description Active members with this role */
      memberCount: number;
    };
    Team: {
      /** Format: uuid */
      id: string;
      createdAt: string;
      updatedAt: string;
      name: string;
      memberIds: string[];
    };
    Workspace: {
      /** Format: uuid */
      id: string;
      createdAt: string;
      updatedAt: string;
      name: string;
      defaultCurrency: string;
      /** @enum {string} */
      defaultLocale: 'en' | 'bg' | 'ru' | 'sk' | 'pt' | 'pl';
    };
    RecoveryCodes: {
      /** @description Shown this once; each works once in place of a code. Older codes stop working */
      recoveryCodes: string[];
    };
    TwoFactorStatus: {
      enabled: boolean;
      /** @description Unused recovery codes; 0 while two-factor sign-in is off */
      recoveryCodesLeft: number;
    };
    PasswordResetAccepted: {
      /** @constant */
      status: 'reset_requested';
    };
    PasswordResetCheck: {
      /** @description Whether confirming needs a two-factor code (or recovery code) besides the new password */
      twoFactorRequired: boolean;
    };
    UserSession: {
      /** Format: uuid */
      id: string;
      /** @description The session this request was made with */
      current: boolean;
      workspace: {
        /** Format: uuid */
        id: string;
        name: string;
      };
      /** @description The browser that signed in, as it named itself */
      userAgent: string | null;
      /** @description The client address at sign-in */
      ip: string | null;
      createdAt: string;
      /** @description When the session was last used, to the minute */
      lastSeenAt: string | null;
      expiresAt: string;
    };
    UserSessionList: {
      data: components['schemas']['UserSession'][];
    };
    EndedSessions: {
      /** @description How many sessions were ended */
      ended: number;
    };
    CustomField: {
      /** Format: uuid */
      id: string;
      createdAt: string;
      updatedAt: string;
      /** @enum {string} */
      object: 'company' | 'person' | 'product';
      key: string;
      label: string;
      /** @enum {string} */
      type:
        | 'text'
        | 'number'
        | 'money'
        | 'date'
        | 'select'
        | 'multiselect'
        | 'boolean'
        | 'url'
        | 'email'
        | 'phone';
      choices: {
        value: string;
        label: string;
      }[];
      required: boolean;
      position: number;
    };
    RecordEvent: {
      /**
       * Format: uuid
       * @description The event’s stable identity
       */
      id: string;
      /** @description Its place in the workspace’s events; also the SSE `id` */
      seq: number;
      /** @description `<recordType>.<created|updated|deleted|restored>`, e.g. `person.updated` */
      type: string;
      /** @description `person`, `company`, `product`… */
      recordType: string;
      /** Format: uuid */
      recordId: string;
      /** @description The record’s version after the change */
      version: number;
      /** @description Fields the change touched; `custom.<key>` for custom fields; sensitive fields are left out */
      changedFields: string[];
      occurredAt: string;
    };
    RecordFile: {
      /** Format: uuid */
      id: string;
      /**
       * @description The type of the record the file belongs to
       * @enum {string}
       */
      recordType: 'company' | 'person' | 'product';
      /**
       * Format: uuid
       * @description The record the file belongs to; its permissions decide who sees the file
       */
      recordId: string;
      /** @description The file name as uploaded, without any folder */
      name: string;
      /** @description The type read from the content itself, not the one declared */
      contentType: string;
      /** @description In bytes */
      size: number;
      /** @description Hex SHA-256 of the content */
      sha256: string;
      /** @description Who uploaded it (null for an API key) */
      createdBy: string | null;
      createdByName: string | null;
      createdAt: string;
    };
    Import: {
      /** Format: uuid */
      id: string;
      /**
       * @description The record type imported
       * @enum {string}
       */
      object: 'company' | 'person' | 'product';
      /**
       * @description `draft` until started; then `queued`, `running`, and `done`, `failed` or `cancelled`
       * @enum {string}
       */
      status: 'draft' | 'queued' | 'running' | 'done' | 'failed' | 'cancelled';
      fileName: string;
      fileSize: number;
      /** @enum {string} */
      format: 'csv' | 'vcard';
      /** @enum {string} */
      encoding: 'utf-8' | 'windows-1250' | 'windows-1251';
      delimiter: string;
      /** @description The file's columns */
      headers: string[];
      /** @description File column (header) → field (`firstName`, `emails`, `price.currency`, `custom.<key>`, `id`); null skips the column */
      mapping: {
        [key: string]: string | null;
      };
      /** @description Fields a row is matched to an existing record by, tried in order (email, domain, sku, id, custom.<key>) */
      dedupeOn: string[];
      /**
       * @description `create` skips rows matching a record, `update` skips rows matching none, `upsert` does both
       * @enum {string}
       */
      mode: 'create' | 'update' | 'upsert';
      /** @description Rows read so far */
      processed: number;
      created: number;
      updated: number;
      /** @description Rows matching (create) or not matching (update) a record, or changing nothing */
      skipped: number;
      /** @description Rows with errors; `GET /imports/{id}/errors` lists them */
      failed: number;
      /** @description Share of the file read */
      progress: number;
      /** @description Why a failed import stopped */
      error: string | null;
      /** @description Fields the file columns may go to */
      fields: {
        name: string;
        kind: string;
      }[];
      /** @description Fields `dedupeOn` may name */
      keys: string[];
      createdAt: string;
      updatedAt: string;
      startedAt: string | null;
      finishedAt: string | null;
    };
    ImportPreview: {
      rows: {
        /** @description Row of the file, the header being row 1 */
        row: number;
        /** @description The row's values as the file has them, one per header */
        cells: string[];
        /** @enum {string} */
        action: 'created' | 'updated' | 'skipped' | 'failed';
        reason: string | null;
        /** @description The record as it would be stored */
        record: {
          [key: string]: unknown;
        } | null;
        errors: {
          column: string | null;
          message: string;
        }[];
      }[];
    };
    SmtpSettings: {
      /**
       * @description What sends the workspace's email now: its own server (below), the server's configuration, or none (the development outbox)
       * @enum {string}
       */
      source: 'workspace' | 'server' | 'none';
      /** @description Whether passwords and keys are stored encrypted (the server has SECRET_KEY) */
      secretsEncrypted: boolean;
      /** @description The workspace's own SMTP server; null when it has none */
      settings: {
        host: string;
        port: number;
        /** @enum {string} */
        security: 'tls' | 'starttls' | 'none';
        username: string | null;
        passwordSet: boolean;
        fromAddress: string;
        dkim: {
          domain: string;
          selector: string;
          privateKeySet: boolean;
        } | null;
        updatedAt: string;
      } | null;
    };
    TestEmailResult: {
      ok: boolean;
      /** @enum {string} */
      source: 'workspace' | 'server' | 'none';
      /** @description The SMTP server's last answer, e.g. `250 2.0.0 OK queued` */
      response: string | null;
      responseCode: number | null;
      /** @description Why it was not sent */
      error: string | null;
    };
    OutboundEmail: {
      /** Format: uuid */
      id: string;
      to: string;
      subject: string;
      locale: string;
      /**
       * @description `queued` (its delivery job waits or runs), `sent`, `failed` (given up, see `lastError`), `dev` (kept in the development outbox: no SMTP server), `bounced`
       * @enum {string}
       */
      status: 'queued' | 'sent' | 'failed' | 'dev' | 'bounced';
      attempts: number;
      lastError: string | null;
      createdAt: string;
      sentAt: string | null;
      bouncedAt: string | null;
    };
    OutboundEmailDetail: {
      /** Format: uuid */
      id: string;
      to: string;
      subject: string;
      locale: string;
      /**
       * @description `queued` (its delivery job waits or runs), `sent`, `failed` (given up, see `lastError`), `dev` (kept in the development outbox: no SMTP server), `bounced`
       * @enum {string}
       */
      status: 'queued' | 'sent' | 'failed' | 'dev' | 'bounced';
      attempts: number;
      lastError: string | null;
      createdAt: string;
      sentAt: string | null;
      bouncedAt: string | null;
      text: string;
      html: string | null;
      messageId: string | null;
    };
    Mailbox: {
      /** Format: uuid */
      id: string;
      name: string;
      host: string;
      port: number;
      tls: boolean;
      username: string;
      folder: string;
      enabled: boolean;
      /**
       * @description `new` (not polled yet), `ok`, `error` (the last poll failed: see `lastError`), `paused`
       * @enum {string}
       */
      status: 'new' | 'ok' | 'error' | 'paused';
      lastPolledAt: string | null;
      lastError: string | null;
      lastErrorAt: string | null;
      /** @description Messages imported from this mailbox */
      importedCount: number;
      createdAt: string;
      updatedAt: string;
    };
    MailboxConnectionTest: {
      ok: boolean;
      /** @description The server's refusal, or why it could not be reached */
      error: string | null;
      /** @description Messages in the folder */
      messages: number | null;
      uidValidity: string | null;
    };
    MailboxPoll: {
      /** Format: uuid */
      jobId: string;
      /** @description False when a poll of this mailbox was already waiting or running */
      queued: boolean;
    };
    ReceivedEmail: {
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      mailboxId: string;
      messageId: string;
      /** Format: uuid */
      threadId: string;
      /** @description The token (`R-XXXXXX`) outgoing subjects of this thread carry */
      threadToken: string | null;
      inReplyTo: string | null;
      from: {
        address: string;
        name: string | null;
      };
      to: string[];
      cc: string[];
      subject: string;
      text: string;
      sentAt: string | null;
      receivedAt: string;
      /** @description For a delivery-status report: the outgoing message that bounced */
      bounceOf: string | null;
      attachments: {
        /** Format: uuid */
        id: string;
        name: string;
        contentType: string;
        size: number;
        sha256: string;
      }[];
      /** @description The people and companies the email is linked to by its addresses */
      records: {
        type: string;
        /** Format: uuid */
        id: string;
      }[];
    };
    Note: {
      /** Format: uuid */
      id: string;
      createdAt: string;
      updatedAt: string;
      /** @enum {string} */
      entityType: 'company' | 'person' | 'product';
      /** Format: uuid */
      entityId: string;
      body: string;
      authorId: string | null;
      authorName: string | null;
    };
    /** @description Columns, sort, filter and search of a list, in the same terms as the list query */
    ViewConfig: {
      columns: string[];
      /** @description Comma-separated fields; `-` in front sorts descending, e.g. `lastName,-createdAt` */
      sort?: string;
      /** @description `filter[field]=value` or `filter[field][op]=value`; ops: eq, ne, contains, gt, gte, lt, lte, in, empty */
      filter?: {
        [key: string]:
          | string
          | string[]
          | {
              [key: string]: string | string[];
            };
      };
      q?: string;
    };
    SavedView: {
      /** Format: uuid */
      id: string;
      createdAt: string;
      updatedAt: string;
      /** @enum {string} */
      object: 'company' | 'person' | 'product';
      name: string;
      /** @description Shared views are listed for everyone in the workspace */
      shared: boolean;
      /**
       * Format: uuid
       * @description The person who created the view
       */
      ownerId: string;
      config: components['schemas']['ViewConfig'];
    };
    Webhook: {
      /** Format: uuid */
      id: string;
      createdAt: string;
      updatedAt: string;
      url: string;
      description: string;
      events: string[];
      enabled: boolean;
      /** @description Why the endpoint is disabled: `manual` (by an admin) or `gone` (it answered 410 Gone) */
      disabledReason: ('manual' | 'gone') | null;
      disabledAt: string | null;
      /** @description During a rotation: until when messages are also signed with the previous secret */
      previousSecretExpiresAt: string | null;
    };
    WebhookWithSecret: {
      /** Format: uuid */
      id: string;
      createdAt: string;
      updatedAt: string;
      url: string;
      description: string;
      events: string[];
      enabled: boolean;
      /** @description Why the endpoint is disabled: `manual` (by an admin) or `gone` (it answered 410 Gone) */
      disabledReason: ('manual' | 'gone') | null;
      disabledAt: string | null;
      /** @description During a rotation: until when messages are also signed with the previous secret */
      previousSecretExpiresAt: string | null;
      /** @description `whsec_…`, shown only now: verify the `webhook-signature` of every message with it */
      secret: string;
    };
    WebhookDelivery: {
      /** Format: uuid */
      id: string;
      createdAt: string;
      updatedAt: string;
      /** Format: uuid */
      endpointId: string;
      /** @description The message's `webhook-id`, the same for every attempt and replay */
      eventId: string;
      eventType: string;
      /**
       * @description `pending` (not tried yet), `retrying` (failed, tried again at `nextAttemptAt`), `succeeded`, `failed` (gave up)
       * @enum {string}
       */
      status: 'pending' | 'retrying' | 'succeeded' | 'failed';
      attempts: number;
      /** @description The receiver's HTTP status at the last attempt */
      responseStatus: number | null;
      /** @description The start of the receiver's answer */
      responseExcerpt: string | null;
      durationMs: number | null;
      /** @description Why the last attempt failed */
      error: string | null;
      lastAttemptAt: string | null;
      nextAttemptAt: string | null;
      /** @description The delivery this one replays */
      replayOf: string | null;
      /** @description The message as sent: `type`, `timestamp`, `data` */
      payload: unknown;
    };
    WebhookEventTypes: {
      data: string[];
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type MoneyInput = components['schemas']['MoneyInput'];
export type ViewConfigInput = components['schemas']['ViewConfigInput'];
export type Problem = components['schemas']['Problem'];
export type AuditEntry = components['schemas']['AuditEntry'];
export type Money = components['schemas']['Money'];
export type Company = components['schemas']['Company'];
export type Person = components['schemas']['Person'];
export type Product = components['schemas']['Product'];
export type TimelineEvent = components['schemas']['TimelineEvent'];
export type ApiKey = components['schemas']['ApiKey'];
export type CreatedApiKey = components['schemas']['CreatedApiKey'];
export type SignUpAccepted = components['schemas']['SignUpAccepted'];
export type Session = components['schemas']['Session'];
export type Invitation = components['schemas']['Invitation'];
export type CreatedInvitation = components['schemas']['CreatedInvitation'];
export type InvitationPreview = components['schemas']['InvitationPreview'];
export type Job = components['schemas']['Job'];
export type JobCounts = components['schemas']['JobCounts'];
export type Member = components['schemas']['Member'];
export type Permissions = components['schemas']['Permissions'];
export type Role = components['schemas']['Role'];
export type Team = components['schemas']['Team'];
export type Workspace = components['schemas']['Workspace'];
export type RecoveryCodes = components['schemas']['RecoveryCodes'];
export type TwoFactorStatus = components['schemas']['TwoFactorStatus'];
export type PasswordResetAccepted = components['schemas']['PasswordResetAccepted'];
export type PasswordResetCheck = components['schemas']['PasswordResetCheck'];
export type UserSession = components['schemas']['UserSession'];
export type UserSessionList = components['schemas']['UserSessionList'];
export type EndedSessions = components['schemas']['EndedSessions'];
export type CustomField = components['schemas']['CustomField'];
export type RecordEvent = components['schemas']['RecordEvent'];
export type RecordFile = components['schemas']['RecordFile'];
export type Import = components['schemas']['Import'];
export type ImportPreview = components['schemas']['ImportPreview'];
export type SmtpSettings = components['schemas']['SmtpSettings'];
export type TestEmailResult = components['schemas']['TestEmailResult'];
export type OutboundEmail = components['schemas']['OutboundEmail'];
export type OutboundEmailDetail = components['schemas']['OutboundEmailDetail'];
export type Mailbox = components['schemas']['Mailbox'];
export type MailboxConnectionTest = components['schemas']['MailboxConnectionTest'];
export type MailboxPoll = components['schemas']['MailboxPoll'];
export type ReceivedEmail = components['schemas']['ReceivedEmail'];
export type Note = components['schemas']['Note'];
export type ViewConfig = components['schemas']['ViewConfig'];
export type SavedView = components['schemas']['SavedView'];
export type Webhook = components['schemas']['Webhook'];
export type WebhookWithSecret = components['schemas']['WebhookWithSecret'];
export type WebhookDelivery = components['schemas']['WebhookDelivery'];
export type WebhookEventTypes = components['schemas']['WebhookEventTypes'];
export type $defs = Record<string, never>;
export interface operations {
  signUp: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          workspaceName: string;
          name: string;
          /** Format: email */
          email: string;
          password: string;
          /**
           * @default en
           * @enum {string}
           */
          locale?: 'en' | 'bg' | 'ru' | 'sk' | 'pt' | 'pl';
        };
      };
    };
    responses: {
      /** @description The first workspace is made and its owner signed in */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Session'];
        };
      };
      /** @description The email with the link, or with word of the existing account, is on its way */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SignUpAccepted'];
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found in this workspace */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state, such as a value that must be unique */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; `Retry-After` says when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  confirmSignUp: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          token: string;
        };
      };
    };
    responses: {
      /** @description The new session */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Session'];
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found in this workspace */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state, such as a value that must be unique */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; `Retry-After` says when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  signIn: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          email: string;
          password: string;
          totpCode?: string;
          /** @description Instead of `totpCode`, when the app is not at hand */
          recoveryCode?: string;
        };
      };
    };
    responses: {
      /** @description The new session */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Session'];
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found in this workspace */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state, such as a value that must be unique */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; `Retry-After` says when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  acceptInvitation: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          token: string;
          name: string;
          password: string;
          /** @description Needed when joining with an existing account that has two-factor sign-in */
          totpCode?: string;
          /** @description Instead of `totpCode` */
          recoveryCode?: string;
        };
      };
    };
    responses: {
      /** @description The new session */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Session'];
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found in this workspace */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state, such as a value that must be unique */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; `Retry-After` says when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  signOut: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Done; the answer has no body */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found in this workspace */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state, such as a value that must be unique */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; `Retry-After` says when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getSession: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The session */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Session'];
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found in this workspace */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state, such as a value that must be unique */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; `Retry-After` says when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  updateProfile: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          name?: string;
          /** @enum {string} */
          locale?: 'en' | 'bg' | 'ru' | 'sk' | 'pt' | 'pl';
          timeZone?: string | null;
        };
      };
    };
    responses: {
      /** @description Done; the answer has no body */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found in this workspace */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state, such as a value that must be unique */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; `Retry-After` says when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getTwoFactorStatus: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Whether two-factor sign-in is on; recovery codes left */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TwoFactorStatus'];
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found in this workspace */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state, such as a value that must be unique */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; `Retry-After` says when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  startTwoFactorSetup: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description Needed only while two-factor sign-in is on (re-enrolling): your password and a current code */
    requestBody: {
      content: {
        'application/json': {
          /** @description Your current password */
          password?: string;
          /** @description A 6-digit code from the authenticator app, or an unused recovery code (which it uses up) */
          code?: string;
        } | null;
      };
    };
    responses: {
      /** @description Start two-factor set-up: returns a new secret, pending until a code from it is confirmed */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description Base32 secret for the authenticator app */
            secret: string;
            otpauthUrl: string;
          };
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found in this workspace */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state, such as a value that must be unique */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; `Retry-After` says when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  enableTwoFactor: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description A code from the new secret, proving the app holds it */
          code: string;
        };
      };
    };
    responses: {
      /** @description The recovery codes */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RecoveryCodes'];
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found in this workspace */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state, such as a value that must be unique */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; `Retry-After` says when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  disableTwoFactor: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description Your current password */
          password: string;
          /** @description A 6-digit code from the authenticator app, or an unused recovery code (which it uses up) */
          code: string;
        };
      };
    };
    responses: {
      /** @description Done; the answer has no body */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found in this workspace */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state, such as a value that must be unique */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; `Retry-After` says when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  renewRecoveryCodes: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description A 6-digit code from the authenticator app, or an unused recovery code (which it uses up) */
          code: string;
        };
      };
    };
    responses: {
      /** @description The recovery codes */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RecoveryCodes'];
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found in this workspace */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state, such as a value that must be unique */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; `Retry-After` says when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  changePassword: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          currentPassword: string;
          newPassword: string;
          /** @description A current 6-digit code from the authenticator app, or a recovery code; needed when two-factor sign-in is on */
          code?: string;
        };
      };
    };
    responses: {
      /** @description Done; the answer has no body */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found in this workspace */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state, such as a value that must be unique */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; `Retry-After` says when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  requestPasswordReset: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: email */
          email: string;
        };
      };
    };
    responses: {
      /** @description The request is taken; an email follows if the address has an account */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PasswordResetAccepted'];
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found in this workspace */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state, such as a value that must be unique */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; `Retry-After` says when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  checkPasswordReset: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          token: string;
        };
      };
    };
    responses: {
      /** @description The password reset check */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PasswordResetCheck'];
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found in this workspace */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state, such as a value that must be unique */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; `Retry-After` says when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  confirmPasswordReset: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          token: string;
          password: string;
          /** @description A current 6-digit code from the authenticator app, or a recovery code; needed when two-factor sign-in is on */
          code?: string;
        };
      };
    };
    responses: {
      /** @description Done; the answer has no body */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found in this workspace */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state, such as a value that must be unique */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; `Retry-After` says when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listUserSessions: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The user session list */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserSessionList'];
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found in this workspace */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state, such as a value that must be unique */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; `Retry-After` says when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  endUserSession: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Done; the answer has no body */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found in this workspace */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state, such as a value that must be unique */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; `Retry-After` says when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  signOutOtherSessions: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The ended sessions */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['EndedSessions'];
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found in this workspace */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state, such as a value that must be unique */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; `Retry-After` says when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listRoles: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Roles of the workspace with their permissions */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: components['schemas']['Role'][];
          };
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found in this workspace */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state, such as a value that must be unique */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; `Retry-After` says when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  createRole: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          name: string;
          /** @description Scopes by module and action; anything left out is `none` */
          permissions: {
            people?: {
              /** @enum {string} */
              create?: 'none' | 'own' | 'team' | 'all';
              /** @enum {string} */
              read?: 'none' | 'own' | 'team' | 'all';
              /** @enum {string} */
              update?: 'none' | 'own' | 'team' | 'all';
              /** @enum {string} */
              delete?: 'none' | 'own' | 'team' | 'all';
            };
            companies?: {
              /** @enum {string} */
              create?: 'none' | 'own' | 'team' | 'all';
              /** @enum {string} */
              read?: 'none' | 'own' | 'team' | 'all';
              /** @enum {string} */
              update?: 'none' | 'own' | 'team' | 'all';
              /** @enum {string} */
              delete?: 'none' | 'own' | 'team' | 'all';
            };
            products?: {
              /** @enum {string} */
              create?: 'none' | 'own' | 'team' | 'all';
              /** @enum {string} */
              read?: 'none' | 'own' | 'team' | 'all';
              /** @enum {string} */
              update?: 'none' | 'own' | 'team' | 'all';
              /** @enum {string} */
              delete?: 'none' | 'own' | 'team' | 'all';
            };
            notes?: {
              /** @enum {string} */
              create?: 'none' | 'own' | 'team' | 'all';
              /** @enum {string} */
              read?: 'none' | 'own' | 'team' | 'all';
              /** @enum {string} */
              update?: 'none' | 'own' | 'team' | 'all';
              /** @enum {string} */
              delete?: 'none' | 'own' | 'team' | 'all';
            };
            views?: {
              /** @enum {string} */
              create?: 'none' | 'own' | 'team' | 'all';
              /** @enum {string} */
              read?: 'none' | 'own' | 'team' | 'all';
              /** @enum {string} */
              update?: 'none' | 'own' | 'team' | 'all';
              /** @enum {string} */
              delete?: 'none' | 'own' | 'team' | 'all';
            };
            admin?: {
              /** @enum {string} */
              create?: 'none' | 'own' | 'team' | 'all';
              /** @enum {string} */
              read?: 'none' | 'own' | 'team' | 'all';
              /** @enum {string} */
              update?: 'none' | 'own' | 'team' | 'all';
              /** @enum {string} */
              delete?: 'none' | 'own' | 'team' | 'all';
            };
            audit?: {
              /** @enum {string} */
              create?: 'none' | 'own' | 'team' | 'all';
              /** @enum {string} */
              read?: 'none' | 'own' | 'team' | 'all';
              /** @enum {string} */
              update?: 'none' | 'own' | 'team' | 'all';
              /** @enum {string} */
              delete?: 'none' | 'own' | 'team' | 'all';
            };
          };
        };
      };
    };
    responses: {
      /** @description The new role */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Role'];
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found in this workspace */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state, such as a value that must be unique */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; `Retry-After` says when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  deleteRole: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Done; the answer has no body */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found in this workspace */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state, such as a value that must be unique */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; `Retry-After` says when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  updateRole: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          name?: string;
          /** @description Scopes by module and action; anything left out is `none` */
          permissions?: {
            people?: {
              /** @enum {string} */
              create?: 'none' | 'own' | 'team' | 'all';
              /** @enum {string} */
              read?: 'none' | 'own' | 'team' | 'all';
              /** @enum {string} */
              update?: 'none' | 'own' | 'team' | 'all';
              /** @enum {string} */
              delete?: 'none' | 'own' | 'team' | 'all';
            };
            companies?: {
              /** @enum {string} */
              create?: 'none' | 'own' | 'team' | 'all';
              /** @enum {string} */
              read?: 'none' | 'own' | 'team' | 'all';
              /** @enum {string} */
              update?: 'none' | 'own' | 'team' | 'all';
              /** @enum {string} */
              delete?: 'none' | 'own' | 'team' | 'all';
            };
            products?: {
              /** @enum {string} */
              create?: 'none' | 'own' | 'team' | 'all';
              /** @enum {string} */
              read?: 'none' | 'own' | 'team' | 'all';
              /** @enum {string} */
              update?: 'none' | 'own' | 'team' | 'all';
              /** @enum {string} */
              delete?: 'none' | 'own' | 'team' | 'all';
            };
            notes?: {
              /** @enum {string} */
              create?: 'none' | 'own' | 'team' | 'all';
              /** @enum {string} */
              read?: 'none' | 'own' | 'team' | 'all';
              /** @enum {string} */
              update?: 'none' | 'own' | 'team' | 'all';
              /** @enum {string} */
              delete?: 'none' | 'own' | 'team' | 'all';
            };
            views?: {
              /** @enum {string} */
              create?: 'none' | 'own' | 'team' | 'all';
              /** @enum {string} */
              read?: 'none' | 'own' | 'team' | 'all';
              /** @enum {string} */
              update?: 'none' | 'own' | 'team' | 'all';
              /** @enum {string} */
              delete?: 'none' | 'own' | 'team' | 'all';
            };
            admin?: {
              /** @enum {string} */
              create?: 'none' | 'own' | 'team' | 'all';
              /** @enum {string} */
              read?: 'none' | 'own' | 'team' | 'all';
              /** @enum {string} */
              update?: 'none' | 'own' | 'team' | 'all';
              /** @enum {string} */
              delete?: 'none' | 'own' | 'team' | 'all';
            };
            audit?: {
              /** @enum {string} */
              create?: 'none' | 'own' | 'team' | 'all';
              /** @enum {string} */
              read?: 'none' | 'own' | 'team' | 'all';
              /** @enum {string} */
              update?: 'none' | 'own' | 'team' | 'all';
              /** @enum {string} */
              delete?: 'none' | 'own' | 'team' | 'all';
            };
          };
        };
      };
    };
    responses: {
      /** @description The role as changed */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Role'];
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found in this workspace */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state, such as a value that must be unique */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; `Retry-After` says when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listMembers: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description People in the workspace with their role, teams and whether they are active */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: components['schemas']['Member'][];
          };
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found in this workspace */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state, such as a value that must be unique */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; `Retry-After` says when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  updateMember: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        userId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: uuid */
          roleId?: string;
          /** @description false deactivates the member, true lets them back in */
          active?: boolean;
        };
      };
    };
    responses: {
      /** @description The member as changed */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Member'];
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found in this workspace */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state, such as a value that must be unique */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; `Retry-After` says when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listTeams: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Teams of the workspace with their members */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: components['schemas']['Team'][];
          };
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found in this workspace */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state, such as a value that must be unique */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; `Retry-After` says when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  createTeam: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          name: string;
          /** @description User ids of workspace members */
          memberIds?: string[];
        };
      };
    };
    responses: {
      /** @description The new team */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Team'];
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found in this workspace */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state, such as a value that must be unique */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; `Retry-After` says when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  deleteTeam: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Done; the answer has no body */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found in this workspace */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state, such as a value that must be unique */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; `Retry-After` says when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  updateTeam: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          name: string;
        };
      };
    };
    responses: {
      /** @description The team as changed */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Team'];
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found in this workspace */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state, such as a value that must be unique */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; `Retry-After` says when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  setTeamMembers: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description User ids of workspace members */
          userIds: string[];
        };
      };
    };
    responses: {
      /** @description The team as changed */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Team'];
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found in this workspace */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state, such as a value that must be unique */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; `Retry-After` says when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listApiKeys: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description API keys of the workspace, revoked ones included (admins) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: components['schemas']['ApiKey'][];
          };
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found in this workspace */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state, such as a value that must be unique */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; `Retry-After` says when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  createApiKey: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          name: string;
          /** Format: uuid */
          roleId: string;
        };
      };
    };
    responses: {
      /** @description The new API key */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CreatedApiKey'];
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found in this workspace */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state, such as a value that must be unique */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; `Retry-After` says when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  revokeApiKey: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Done; the answer has no body */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found in this workspace */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state, such as a value that must be unique */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; `Retry-After` says when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listInvitations: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Invitations of the workspace, accepted ones included (admins) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: components['schemas']['Invitation'][];
          };
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found in this workspace */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state, such as a value that must be unique */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; `Retry-After` says when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  createInvitation: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** Format: email */
          email: string;
          /** Format: uuid */
          roleId: string;
        };
      };
    };
    responses: {
      /** @description The new invitation */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CreatedInvitation'];
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found in this workspace */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state, such as a value that must be unique */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; `Retry-After` says when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  previewInvitation: {
    parameters: {
      query: {
        token: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The invitation preview */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InvitationPreview'];
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found in this workspace */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state, such as a value that must be unique */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; `Retry-After` says when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  withdrawInvitation: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Done; the answer has no body */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found in this workspace */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state, such as a value that must be unique */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; `Retry-After` says when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getWorkspace: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The workspace */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Workspace'];
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found in this workspace */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state, such as a value that must be unique */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; `Retry-After` says when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  updateWorkspace: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          name?: string;
          defaultCurrency?: string;
          /** @enum {string} */
          defaultLocale?: 'en' | 'bg' | 'ru' | 'sk' | 'pt' | 'pl';
        };
      };
    };
    responses: {
      /** @description The workspace as changed */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Workspace'];
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found in this workspace */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state, such as a value that must be unique */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; `Retry-After` says when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listJobs: {
    parameters: {
      query: {
        /** @description `waiting` (due at `runAt`, or backing off after a failed attempt), `running` (held by a node), `done`, `dead` (gave up: `lastError` says why), `cancelled` */
        status: 'waiting' | 'running' | 'done' | 'dead' | 'cancelled';
        cursor?: string;
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of the list; pass `nextCursor` as `cursor` for the next page (null on the last) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: components['schemas']['Job'][];
            nextCursor: string | null;
          };
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found in this workspace */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state, such as a value that must be unique */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; `Retry-After` says when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  countJobs: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The job counts */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['JobCounts'];
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found in this workspace */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state, such as a value that must be unique */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; `Retry-After` says when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getJob: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The job */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Job'];
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found in this workspace */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state, such as a value that must be unique */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; `Retry-After` says when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  retryJob: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The job */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Job'];
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found in this workspace */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state, such as a value that must be unique */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; `Retry-After` says when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  cancelJob: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The job */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Job'];
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found in this workspace */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state, such as a value that must be unique */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; `Retry-After` says when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listCompanies: {
    parameters: {
      query?: {
        /** @description Full-text search over the record. Without `sort`, every match, best first (whole words of the name, then starts of name words, then other text); with `sort`, the 1,000 best matches in that order */
        q?: string;
        limit?: number;
        /** @description `nextCursor` from the previous page */
        cursor?: string;
        /** @description Comma-separated fields; `-` in front sorts descending, e.g. `lastName,-createdAt` */
        sort?: string;
        /** @description `filter[field]=value` or `filter[field][op]=value`; ops: eq, ne, contains, gt, gte, lt, lte, in, empty */
        filter?: {
          [key: string]:
            | string
            | string[]
            | {
                [key: string]: string | string[];
              };
        };
        /** @description `true` lists records in the trash instead */
        deleted?: 'true' | 'false';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of companies; pass `nextCursor` as `cursor` for the next page (null on the last) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: components['schemas']['Company'][];
            nextCursor: string | null;
          };
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found in this workspace */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state, such as a value that must be unique */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; `Retry-After` says when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  createCompany: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          name: string;
          domain?: string | null;
          country?: string | null;
          industry?: string | null;
          annualRevenue?: components['schemas']['MoneyInput'] | null;
          ownerId?: string | null;
          tags?: string[];
          /** @description Custom field values keyed by field key; money is {"amount": minor units, "currency": "EUR"} */
          custom?: {
            [key: string]: unknown;
          };
        };
      };
    };
    responses: {
      /** @description The new company */
      201: {
        headers: {
          /** @description The record's version, e.g. `"3"`; send it back as `If-Match` to change only that version */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Company'];
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found in this workspace */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state, such as a value that must be unique */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; `Retry-After` says when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  countCompanies: {
    parameters: {
      query?: {
        /** @description Full-text search over the record. Without `sort`, every match, best first (whole words of the name, then starts of name words, then other text); with `sort`, the 1,000 best matches in that order */
        q?: string;
        /** @description `filter[field]=value` or `filter[field][op]=value`; ops: eq, ne, contains, gt, gte, lt, lte, in, empty */
        filter?: {
          [key: string]:
            | string
            | string[]
            | {
                [key: string]: string | string[];
              };
        };
        /** @description `true` lists records in the trash instead */
        deleted?: 'true' | 'false';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Count companies */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description Records matching, or the bound when there are more */
            count: number;
            /** @description False when there are more than `count` (or a search has more matches than it counts) */
            exact: boolean;
          };
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found in this workspace */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state, such as a value that must be unique */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; `Retry-After` says when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getCompany: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The company */
      200: {
        headers: {
          /** @description The record's version, e.g. `"3"`; send it back as `If-Match` to change only that version */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Company'];
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found in this workspace */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state, such as a value that must be unique */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; `Retry-After` says when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  deleteCompany: {
    parameters: {
      query?: never;
      header?: {
        /** @description The `ETag` of the version you read, e.g. `"3"`; a newer version answers 412 instead of being overwritten */
        'if-match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The company is in the trash */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found in this workspace */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state, such as a value that must be unique */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The record has changed since the version named in `If-Match`; read it again and reapply the change */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; `Retry-After` says when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  updateCompany: {
    parameters: {
      query?: never;
      header?: {
        /** @description The `ETag` of the version you read, e.g. `"3"`; a newer version answers 412 instead of being overwritten */
        'if-match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          name?: string;
          domain?: string | null;
          country?: string | null;
          industry?: string | null;
          annualRevenue?: components['schemas']['MoneyInput'] | null;
          ownerId?: string | null;
          tags?: string[];
          /** @description Custom field values keyed by field key; money is {"amount": minor units, "currency": "EUR"} */
          custom?: {
            [key: string]: unknown;
          };
        };
      };
    };
    responses: {
      /** @description The company as changed */
      200: {
        headers: {
          /** @description The record's version, e.g. `"3"`; send it back as `If-Match` to change only that version */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Company'];
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found in this workspace */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state, such as a value that must be unique */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The record has changed since the version named in `If-Match`; read it again and reapply the change */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; `Retry-After` says when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  restoreCompany: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The company, out of the trash */
      200: {
        headers: {
          /** @description The record's version, e.g. `"3"`; send it back as `If-Match` to change only that version */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Company'];
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found in this workspace */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state, such as a value that must be unique */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; `Retry-After` says when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  mergeCompanies: {
    parameters: {
      query?: never;
      header?: {
        /** @description The `ETag` of the version you read, e.g. `"3"`; a newer version answers 412 instead of being overwritten */
        'if-match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /**
           * Format: uuid
           * @description The duplicate to merge into this record
           */
          otherId: string;
          /**
           * @description Whose value each field keeps, by field name (`custom.<key>` for custom fields): `this` record or the `other`
           * @default {}
           */
          values?: {
            [key: string]: 'this' | 'other';
          };
        };
      };
    };
    responses: {
      /** @description The company with the other merged into it */
      200: {
        headers: {
          /** @description The record's version, e.g. `"3"`; send it back as `If-Match` to change only that version */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Company'];
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found in this workspace */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state, such as a value that must be unique */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The record has changed since the version named in `If-Match`; read it again and reapply the change */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; `Retry-After` says when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  findCompanyDuplicates: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          values: {
            domain?: string | null;
          };
          /** Format: uuid */
          excludeId?: string;
        };
      };
    };
    responses: {
      /** @description Find companies a company with these values would duplicate */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: {
              /** Format: uuid */
              id: string;
              name: string;
              /** @description The keys both share: `email:…`, `phone:<digits>`, `domain:…` */
              matches: string[];
            }[];
          };
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found in this workspace */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state, such as a value that must be unique */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; `Retry-After` says when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  bulkCompanies: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /**
           * @description `tag` and `untag` take `values.tags`; `assign` takes `values.ownerId`; `update` takes fields as in a change; `delete` moves to the trash
           * @enum {string}
           */
          action: 'tag' | 'untag' | 'assign' | 'update' | 'delete';
          /** @description Either `ids`, or every record matching `q` and `filter` as in the list */
          selection: {
            /** @description The records, by id */
            ids?: string[];
            /** @description Full-text search over the record. Without `sort`, every match, best first (whole words of the name, then starts of name words, then other text); with `sort`, the 1,000 best matches in that order */
            q?: string;
            /** @description `filter[field]=value` or `filter[field][op]=value`; ops: eq, ne, contains, gt, gte, lt, lte, in, empty */
            filter?: {
              [key: string]:
                | string
                | string[]
                | {
                    [key: string]: string | string[];
                  };
            };
          };
          /**
           * @description What the action sets
           * @default {}
           */
          values?: {
            [key: string]: unknown;
          };
        };
      };
    };
    responses: {
      /** @description The finished bulk action */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            action: 'tag' | 'untag' | 'assign' | 'update' | 'delete' | 'undo';
            /** @enum {string} */
            status: 'running' | 'done' | 'failed';
            /** @description Records selected */
            total: number;
            processed: number;
            changed: number;
            /** @description Records the caller may not change, gone, or needing no change */
            skipped: number;
            failed: number;
            /** @description Up to 100 records that failed */
            failures: {
              /** Format: uuid */
              id: string;
              message: string;
            }[];
            /** @description For an undo: the bulk action it reverts */
            undoOf: string | null;
            createdAt: string;
            finishedAt: string | null;
          };
        };
      };
      /** @description The bulk action, running */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            action: 'tag' | 'untag' | 'assign' | 'update' | 'delete' | 'undo';
            /** @enum {string} */
            status: 'running' | 'done' | 'failed';
            /** @description Records selected */
            total: number;
            processed: number;
            changed: number;
            /** @description Records the caller may not change, gone, or needing no change */
            skipped: number;
            failed: number;
            /** @description Up to 100 records that failed */
            failures: {
              /** Format: uuid */
              id: string;
              message: string;
            }[];
            /** @description For an undo: the bulk action it reverts */
            undoOf: string | null;
            createdAt: string;
            finishedAt: string | null;
          };
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found in this workspace */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state, such as a value that must be unique */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; `Retry-After` says when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getBulkCompanyAction: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The bulk action */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            action: 'tag' | 'untag' | 'assign' | 'update' | 'delete' | 'undo';
            /** @enum {string} */
            status: 'running' | 'done' | 'failed';
            /** @description Records selected */
            total: number;
            processed: number;
            changed: number;
            /** @description Records the caller may not change, gone, or needing no change */
            skipped: number;
            failed: number;
            /** @description Up to 100 records that failed */
            failures: {
              /** Format: uuid */
              id: string;
              message: string;
            }[];
            /** @description For an undo: the bulk action it reverts */
            undoOf: string | null;
            createdAt: string;
            finishedAt: string | null;
          };
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found in this workspace */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state, such as a value that must be unique */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; `Retry-After` says when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  undoBulkCompanyAction: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The finished undo */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            action: 'tag' | 'untag' | 'assign' | 'update' | 'delete' | 'undo';
            /** @enum {string} */
            status: 'running' | 'done' | 'failed';
            /** @description Records selected */
            total: number;
            processed: number;
            changed: number;
            /** @description Records the caller may not change, gone, or needing no change */
            skipped: number;
            failed: number;
            /** @description Up to 100 records that failed */
            failures: {
              /** Format: uuid */
              id: string;
              message: string;
            }[];
            /** @description For an undo: the bulk action it reverts */
            undoOf: string | null;
            createdAt: string;
            finishedAt: string | null;
          };
        };
      };
      /** @description The undo, running */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            action: 'tag' | 'untag' | 'assign' | 'update' | 'delete' | 'undo';
            /** @enum {string} */
            status: 'running' | 'done' | 'failed';
            /** @description Records selected */
            total: number;
            processed: number;
            changed: number;
            /** @description Records the caller may not change, gone, or needing no change */
            skipped: number;
            failed: number;
            /** @description Up to 100 records that failed */
            failures: {
              /** Format: uuid */
              id: string;
              message: string;
            }[];
            /** @description For an undo: the bulk action it reverts */
            undoOf: string | null;
            createdAt: string;
            finishedAt: string | null;
          };
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found in this workspace */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state, such as a value that must be unique */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; `Retry-After` says when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getCompanyHistory: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The company's last 100 changes, newest first */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: components['schemas']['AuditEntry'][];
          };
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found in this workspace */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state, such as a value that must be unique */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; `Retry-After` says when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listPeople: {
    parameters: {
      query?: {
        /** @description Full-text search over the record. Without `sort`, every match, best first (whole words of the name, then starts of name words, then other text); with `sort`, the 1,000 best matches in that order */
        q?: string;
        limit?: number;
        /** @description `nextCursor` from the previous page */
        cursor?: string;
        /** @description Comma-separated fields; `-` in front sorts descending, e.g. `lastName,-createdAt` */
        sort?: string;
        /** @description `filter[field]=value` or `filter[field][op]=value`; ops: eq, ne, contains, gt, gte, lt, lte, in, empty */
        filter?: {
          [key: string]:
            | string
            | string[]
            | {
                [key: string]: string | string[];
              };
        };
        /** @description `true` lists records in the trash instead */
        deleted?: 'true' | 'false';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of people; pass `nextCursor` as `cursor` for the next page (null on the last) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: components['schemas']['Person'][];
            nextCursor: string | null;
          };
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found in this workspace */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state, such as a value that must be unique */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; `Retry-After` says when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  createPerson: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description A first or a last name is required */
          firstName?: string;
          lastName?: string;
          /** @description The first is primary unless another is marked */
          emails?: {
            email: string;
            label?: string | null;
            primary?: boolean;
          }[];
          phones?: {
            number: string;
            label?: string | null;
          }[];
          companyId?: string | null;
          jobTitle?: string | null;
          city?: string | null;
          country?: string | null;
          ownerId?: string | null;
          tags?: string[];
          /** @description Custom field values keyed by field key; money is {"amount": minor units, "currency": "EUR"} */
          custom?: {
            [key: string]: unknown;
          };
        };
      };
    };
    responses: {
      /** @description The new person */
      201: {
        headers: {
          /** @description The record's version, e.g. `"3"`; send it back as `If-Match` to change only that version */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Person'];
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found in this workspace */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state, such as a value that must be unique */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; `Retry-After` says when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  countPeople: {
    parameters: {
      query?: {
        /** @description Full-text search over the record. Without `sort`, every match, best first (whole words of the name, then starts of name words, then other text); with `sort`, the 1,000 best matches in that order */
        q?: string;
        /** @description `filter[field]=value` or `filter[field][op]=value`; ops: eq, ne, contains, gt, gte, lt, lte, in, empty */
        filter?: {
          [key: string]:
            | string
            | string[]
            | {
                [key: string]: string | string[];
              };
        };
        /** @description `true` lists records in the trash instead */
        deleted?: 'true' | 'false';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Count people */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description Records matching, or the bound when there are more */
            count: number;
            /** @description False when there are more than `count` (or a search has more matches than it counts) */
            exact: boolean;
          };
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found in this workspace */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state, such as a value that must be unique */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; `Retry-After` says when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listCompanyPeople: {
    parameters: {
      query?: {
        /** @description Full-text search over the record. Without `sort`, every match, best first (whole words of the name, then starts of name words, then other text); with `sort`, the 1,000 best matches in that order */
        q?: string;
        limit?: number;
        /** @description `nextCursor` from the previous page */
        cursor?: string;
        /** @description Comma-separated fields; `-` in front sorts descending, e.g. `lastName,-createdAt` */
        sort?: string;
        /** @description `filter[field]=value` or `filter[field][op]=value`; ops: eq, ne, contains, gt, gte, lt, lte, in, empty */
        filter?: {
          [key: string]:
            | string
            | string[]
            | {
                [key: string]: string | string[];
              };
        };
        /** @description `true` lists records in the trash instead */
        deleted?: 'true' | 'false';
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of people; pass `nextCursor` as `cursor` for the next page (null on the last) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: components['schemas']['Person'][];
            nextCursor: string | null;
          };
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found in this workspace */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state, such as a value that must be unique */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; `Retry-After` says when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getPerson: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The person */
      200: {
        headers: {
          /** @description The record's version, e.g. `"3"`; send it back as `If-Match` to change only that version */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Person'];
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found in this workspace */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state, such as a value that must be unique */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; `Retry-After` says when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  deletePerson: {
    parameters: {
      query?: never;
      header?: {
        /** @description The `ETag` of the version you read, e.g. `"3"`; a newer version answers 412 instead of being overwritten */
        'if-match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The person is in the trash */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found in this workspace */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state, such as a value that must be unique */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The record has changed since the version named in `If-Match`; read it again and reapply the change */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; `Retry-After` says when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  updatePerson: {
    parameters: {
      query?: never;
      header?: {
        /** @description The `ETag` of the version you read, e.g. `"3"`; a newer version answers 412 instead of being overwritten */
        'if-match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description A first or a last name is required */
          firstName?: string;
          lastName?: string;
          /** @description The first is primary unless another is marked */
          emails?: {
            email: string;
            label?: string | null;
            primary?: boolean;
          }[];
          phones?: {
            number: string;
            label?: string | null;
          }[];
          companyId?: string | null;
          jobTitle?: string | null;
          city?: string | null;
          country?: string | null;
          ownerId?: string | null;
          tags?: string[];
          /** @description Custom field values keyed by field key; money is {"amount": minor units, "currency": "EUR"} */
          custom?: {
            [key: string]: unknown;
          };
        };
      };
    };
    responses: {
      /** @description The person as changed */
      200: {
        headers: {
          /** @description The record's version, e.g. `"3"`; send it back as `If-Match` to change only that version */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Person'];
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found in this workspace */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state, such as a value that must be unique */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The record has changed since the version named in `If-Match`; read it again and reapply the change */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; `Retry-After` says when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  restorePerson: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The person, out of the trash */
      200: {
        headers: {
          /** @description The record's version, e.g. `"3"`; send it back as `If-Match` to change only that version */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Person'];
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found in this workspace */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state, such as a value that must be unique */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; `Retry-After` says when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  mergePeople: {
    parameters: {
      query?: never;
      header?: {
        /** @description The `ETag` of the version you read, e.g. `"3"`; a newer version answers 412 instead of being overwritten */
        'if-match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /**
           * Format: uuid
           * @description The duplicate to merge into this record
           */
          otherId: string;
          /**
           * @description Whose value each field keeps, by field name (`custom.<key>` for custom fields): `this` record or the `other`
           * @default {}
           */
          values?: {
            [key: string]: 'this' | 'other';
          };
        };
      };
    };
    responses: {
      /** @description The person with the other merged into it */
      200: {
        headers: {
          /** @description The record's version, e.g. `"3"`; send it back as `If-Match` to change only that version */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Person'];
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found in this workspace */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state, such as a value that must be unique */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The record has changed since the version named in `If-Match`; read it again and reapply the change */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; `Retry-After` says when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  findPersonDuplicates: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          values: {
            /** @description The first is primary unless another is marked */
            emails?: {
              email: string;
              label?: string | null;
              primary?: boolean;
            }[];
            phones?: {
              number: string;
              label?: string | null;
            }[];
          };
          /** Format: uuid */
          excludeId?: string;
        };
      };
    };
    responses: {
      /** @description Find people a person with these values would duplicate */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: {
              /** Format: uuid */
              id: string;
              name: string;
              /** @description The keys both share: `email:…`, `phone:<digits>`, `domain:…` */
              matches: string[];
            }[];
          };
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found in this workspace */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state, such as a value that must be unique */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; `Retry-After` says when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  bulkPeople: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /**
           * @description `tag` and `untag` take `values.tags`; `assign` takes `values.ownerId`; `update` takes fields as in a change; `delete` moves to the trash
           * @enum {string}
           */
          action: 'tag' | 'untag' | 'assign' | 'update' | 'delete';
          /** @description Either `ids`, or every record matching `q` and `filter` as in the list */
          selection: {
            /** @description The records, by id */
            ids?: string[];
            /** @description Full-text search over the record. Without `sort`, every match, best first (whole words of the name, then starts of name words, then other text); with `sort`, the 1,000 best matches in that order */
            q?: string;
            /** @description `filter[field]=value` or `filter[field][op]=value`; ops: eq, ne, contains, gt, gte, lt, lte, in, empty */
            filter?: {
              [key: string]:
                | string
                | string[]
                | {
                    [key: string]: string | string[];
                  };
            };
          };
          /**
           * @description What the action sets
           * @default {}
           */
          values?: {
            [key: string]: unknown;
          };
        };
      };
    };
    responses: {
      /** @description The finished bulk action */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            action: 'tag' | 'untag' | 'assign' | 'update' | 'delete' | 'undo';
            /** @enum {string} */
            status: 'running' | 'done' | 'failed';
            /** @description Records selected */
            total: number;
            processed: number;
            changed: number;
            /** @description Records the caller may not change, gone, or needing no change */
            skipped: number;
            failed: number;
            /** @description Up to 100 records that failed */
            failures: {
              /** Format: uuid */
              id: string;
              message: string;
            }[];
            /** @description For an undo: the bulk action it reverts */
            undoOf: string | null;
            createdAt: string;
            finishedAt: string | null;
          };
        };
      };
      /** @description The bulk action, running */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            action: 'tag' | 'untag' | 'assign' | 'update' | 'delete' | 'undo';
            /** @enum {string} */
            status: 'running' | 'done' | 'failed';
            /** @description Records selected */
            total: number;
            processed: number;
            changed: number;
            /** @description Records the caller may not change, gone, or needing no change */
            skipped: number;
            failed: number;
            /** @description Up to 100 records that failed */
            failures: {
              /** Format: uuid */
              id: string;
              message: string;
            }[];
            /** @description For an undo: the bulk action it reverts */
            undoOf: string | null;
            createdAt: string;
            finishedAt: string | null;
          };
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found in this workspace */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state, such as a value that must be unique */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; `Retry-After` says when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getBulkPersonAction: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The bulk action */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            action: 'tag' | 'untag' | 'assign' | 'update' | 'delete' | 'undo';
            /** @enum {string} */
            status: 'running' | 'done' | 'failed';
            /** @description Records selected */
            total: number;
            processed: number;
            changed: number;
            /** @description Records the caller may not change, gone, or needing no change */
            skipped: number;
            failed: number;
            /** @description Up to 100 records that failed */
            failures: {
              /** Format: uuid */
              id: string;
              message: string;
            }[];
            /** @description For an undo: the bulk action it reverts */
            undoOf: string | null;
            createdAt: string;
            finishedAt: string | null;
          };
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found in this workspace */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state, such as a value that must be unique */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; `Retry-After` says when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  undoBulkPersonAction: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The finished undo */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            action: 'tag' | 'untag' | 'assign' | 'update' | 'delete' | 'undo';
            /** @enum {string} */
            status: 'running' | 'done' | 'failed';
            /** @description Records selected */
            total: number;
            processed: number;
            changed: number;
            /** @description Records the caller may not change, gone, or needing no change */
            skipped: number;
            failed: number;
            /** @description Up to 100 records that failed */
            failures: {
              /** Format: uuid */
              id: string;
              message: string;
            }[];
            /** @description For an undo: the bulk action it reverts */
            undoOf: string | null;
            createdAt: string;
            finishedAt: string | null;
          };
        };
      };
      /** @description The undo, running */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            action: 'tag' | 'untag' | 'assign' | 'update' | 'delete' | 'undo';
            /** @enum {string} */
            status: 'running' | 'done' | 'failed';
            /** @description Records selected */
            total: number;
            processed: number;
            changed: number;
            /** @description Records the caller may not change, gone, or needing no change */
            skipped: number;
            failed: number;
            /** @description Up to 100 records that failed */
            failures: {
              /** Format: uuid */
              id: string;
              message: string;
            }[];
            /** @description For an undo: the bulk action it reverts */
            undoOf: string | null;
            createdAt: string;
            finishedAt: string | null;
          };
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found in this workspace */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state, such as a value that must be unique */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; `Retry-After` says when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getPersonHistory: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The person's last 100 changes, newest first */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: components['schemas']['AuditEntry'][];
          };
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found in this workspace */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state, such as a value that must be unique */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; `Retry-After` says when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listProducts: {
    parameters: {
      query?: {
        /** @description Full-text search over the record. Without `sort`, every match, best first (whole words of the name, then starts of name words, then other text); with `sort`, the 1,000 best matches in that order */
        q?: string;
        limit?: number;
        /** @description `nextCursor` from the previous page */
        cursor?: string;
        /** @description Comma-separated fields; `-` in front sorts descending, e.g. `lastName,-createdAt` */
        sort?: string;
        /** @description `filter[field]=value` or `filter[field][op]=value`; ops: eq, ne, contains, gt, gte, lt, lte, in, empty */
        filter?: {
          [key: string]:
            | string
            | string[]
            | {
                [key: string]: string | string[];
              };
        };
        /** @description `true` lists records in the trash instead */
        deleted?: 'true' | 'false';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of products; pass `nextCursor` as `cursor` for the next page (null on the last) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: components['schemas']['Product'][];
            nextCursor: string | null;
          };
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found in this workspace */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state, such as a value that must be unique */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; `Retry-After` says when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  createProduct: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description Stock keeping unit, unique in the workspace */
          sku: string;
          name: string;
          description?: string | null;
          /** @description Unit of sale, such as pcs, h or kg */
          unit?: string | null;
          /** @description List price per unit, before tax */
          price?: components['schemas']['MoneyInput'] | null;
          /** @description Purchase cost per unit */
          cost?: components['schemas']['MoneyInput'] | null;
          /** @description Tax rate in percent, such as 20 or 9.5 */
          taxRate?: number | null;
          /**
           * @description Inactive products stay on past documents but are not offered
           * @default true
           */
          active?: boolean;
          ownerId?: string | null;
          tags?: string[];
          /** @description Custom field values keyed by field key; money is {"amount": minor units, "currency": "EUR"} */
          custom?: {
            [key: string]: unknown;
          };
        };
      };
    };
    responses: {
      /** @description The new product */
      201: {
        headers: {
          /** @description The record's version, e.g. `"3"`; send it back as `If-Match` to change only that version */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Product'];
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found in this workspace */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state, such as a value that must be unique */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; `Retry-After` says when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  countProducts: {
    parameters: {
      query?: {
        /** @description Full-text search over the record. Without `sort`, every match, best first (whole words of the name, then starts of name words, then other text); with `sort`, the 1,000 best matches in that order */
        q?: string;
        /** @description `filter[field]=value` or `filter[field][op]=value`; ops: eq, ne, contains, gt, gte, lt, lte, in, empty */
        filter?: {
          [key: string]:
            | string
            | string[]
            | {
                [key: string]: string | string[];
              };
        };
        /** @description `true` lists records in the trash instead */
        deleted?: 'true' | 'false';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Count products */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description Records matching, or the bound when there are more */
            count: number;
            /** @description False when there are more than `count` (or a search has more matches than it counts) */
            exact: boolean;
          };
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found in this workspace */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state, such as a value that must be unique */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; `Retry-After` says when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getProduct: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The product */
      200: {
        headers: {
          /** @description The record's version, e.g. `"3"`; send it back as `If-Match` to change only that version */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Product'];
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found in this workspace */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state, such as a value that must be unique */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; `Retry-After` says when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  deleteProduct: {
    parameters: {
      query?: never;
      header?: {
        /** @description The `ETag` of the version you read, e.g. `"3"`; a newer version answers 412 instead of being overwritten */
        'if-match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The product is in the trash */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found in this workspace */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state, such as a value that must be unique */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The record has changed since the version named in `If-Match`; read it again and reapply the change */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; `Retry-After` says when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  updateProduct: {
    parameters: {
      query?: never;
      header?: {
        /** @description The `ETag` of the version you read, e.g. `"3"`; a newer version answers 412 instead of being overwritten */
        'if-match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description Stock keeping unit, unique in the workspace */
          sku?: string;
          name?: string;
          description?: string | null;
          /** @description Unit of sale, such as pcs, h or kg */
          unit?: string | null;
          /** @description List price per unit, before tax */
          price?: components['schemas']['MoneyInput'] | null;
          /** @description Purchase cost per unit */
          cost?: components['schemas']['MoneyInput'] | null;
          /** @description Tax rate in percent, such as 20 or 9.5 */
          taxRate?: number | null;
          /** @description Inactive products stay on past documents but are not offered */
          active?: boolean;
          ownerId?: string | null;
          tags?: string[];
          /** @description Custom field values keyed by field key; money is {"amount": minor units, "currency": "EUR"} */
          custom?: {
            [key: string]: unknown;
          };
        };
      };
    };
    responses: {
      /** @description The product as changed */
      200: {
        headers: {
          /** @description The record's version, e.g. `"3"`; send it back as `If-Match` to change only that version */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Product'];
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found in this workspace */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state, such as a value that must be unique */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The record has changed since the version named in `If-Match`; read it again and reapply the change */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; `Retry-After` says when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  restoreProduct: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The product, out of the trash */
      200: {
        headers: {
          /** @description The record's version, e.g. `"3"`; send it back as `If-Match` to change only that version */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Product'];
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found in this workspace */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state, such as a value that must be unique */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; `Retry-After` says when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  bulkProducts: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /**
           * @description `tag` and `untag` take `values.tags`; `assign` takes `values.ownerId`; `update` takes fields as in a change; `delete` moves to the trash
           * @enum {string}
           */
          action: 'tag' | 'untag' | 'assign' | 'update' | 'delete';
          /** @description Either `ids`, or every record matching `q` and `filter` as in the list */
          selection: {
            /** @description The records, by id */
            ids?: string[];
            /** @description Full-text search over the record. Without `sort`, every match, best first (whole words of the name, then starts of name words, then other text); with `sort`, the 1,000 best matches in that order */
            q?: string;
            /** @description `filter[field]=value` or `filter[field][op]=value`; ops: eq, ne, contains, gt, gte, lt, lte, in, empty */
            filter?: {
              [key: string]:
                | string
                | string[]
                | {
                    [key: string]: string | string[];
                  };
            };
          };
          /**
           * @description What the action sets
           * @default {}
           */
          values?: {
            [key: string]: unknown;
          };
        };
      };
    };
    responses: {
      /** @description The finished bulk action */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            action: 'tag' | 'untag' | 'assign' | 'update' | 'delete' | 'undo';
            /** @enum {string} */
            status: 'running' | 'done' | 'failed';
            /** @description Records selected */
            total: number;
            processed: number;
            changed: number;
            /** @description Records the caller may not change, gone, or needing no change */
            skipped: number;
            failed: number;
            /** @description Up to 100 records that failed */
            failures: {
              /** Format: uuid */
              id: string;
              message: string;
            }[];
            /** @description For an undo: the bulk action it reverts */
            undoOf: string | null;
            createdAt: string;
            finishedAt: string | null;
          };
        };
      };
      /** @description The bulk action, running */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            action: 'tag' | 'untag' | 'assign' | 'update' | 'delete' | 'undo';
            /** @enum {string} */
            status: 'running' | 'done' | 'failed';
            /** @description Records selected */
            total: number;
            processed: number;
            changed: number;
            /** @description Records the caller may not change, gone, or needing no change */
            skipped: number;
            failed: number;
            /** @description Up to 100 records that failed */
            failures: {
              /** Format: uuid */
              id: string;
              message: string;
            }[];
            /** @description For an undo: the bulk action it reverts */
            undoOf: string | null;
            createdAt: string;
            finishedAt: string | null;
          };
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found in this workspace */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state, such as a value that must be unique */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; `Retry-After` says when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getBulkProductAction: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The bulk action */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            action: 'tag' | 'untag' | 'assign' | 'update' | 'delete' | 'undo';
            /** @enum {string} */
            status: 'running' | 'done' | 'failed';
            /** @description Records selected */
            total: number;
            processed: number;
            changed: number;
            /** @description Records the caller may not change, gone, or needing no change */
            skipped: number;
            failed: number;
            /** @description Up to 100 records that failed */
            failures: {
              /** Format: uuid */
              id: string;
              message: string;
            }[];
            /** @description For an undo: the bulk action it reverts */
            undoOf: string | null;
            createdAt: string;
            finishedAt: string | null;
          };
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found in this workspace */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state, such as a value that must be unique */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; `Retry-After` says when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  undoBulkProductAction: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The finished undo */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            action: 'tag' | 'untag' | 'assign' | 'update' | 'delete' | 'undo';
            /** @enum {string} */
            status: 'running' | 'done' | 'failed';
            /** @description Records selected */
            total: number;
            processed: number;
            changed: number;
            /** @description Records the caller may not change, gone, or needing no change */
            skipped: number;
            failed: number;
            /** @description Up to 100 records that failed */
            failures: {
              /** Format: uuid */
              id: string;
              message: string;
            }[];
            /** @description For an undo: the bulk action it reverts */
            undoOf: string | null;
            createdAt: string;
            finishedAt: string | null;
          };
        };
      };
      /** @description The undo, running */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            action: 'tag' | 'untag' | 'assign' | 'update' | 'delete' | 'undo';
            /** @enum {string} */
            status: 'running' | 'done' | 'failed';
            /** @description Records selected */
            total: number;
            processed: number;
            changed: number;
            /** @description Records the caller may not change, gone, or needing no change */
            skipped: number;
            failed: number;
            /** @description Up to 100 records that failed */
            failures: {
              /** Format: uuid */
              id: string;
              message: string;
            }[];
            /** @description For an undo: the bulk action it reverts */
            undoOf: string | null;
            createdAt: string;
            finishedAt: string | null;
          };
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found in this workspace */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state, such as a value that must be unique */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; `Retry-After` says when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getProductHistory: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The product's last 100 changes, newest first */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: components['schemas']['AuditEntry'][];
          };
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found in this workspace */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state, such as a value that must be unique */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; `Retry-After` says when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listNotes: {
    parameters: {
      query: {
        entityType: 'company' | 'person' | 'product';
        entityId: string;
        limit?: number;
        /** @description `nextCursor` from the previous page */
        cursor?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of the list; pass `nextCursor` as `cursor` for the next page (null on the last) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: components['schemas']['Note'][];
            nextCursor: string | null;
          };
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found in this workspace */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state, such as a value that must be unique */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; `Retry-After` says when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  createNote: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          entityType: 'company' | 'person' | 'product';
          /** Format: uuid */
          entityId: string;
          /** @description Markdown text */
          body: string;
        };
      };
    };
    responses: {
      /** @description The new note */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Note'];
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found in this workspace */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state, such as a value that must be unique */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; `Retry-After` says when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  deleteNote: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Done; the answer has no body */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found in this workspace */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state, such as a value that must be unique */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; `Retry-After` says when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  updateNote: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description Markdown text */
          body: string;
        };
      };
    };
    responses: {
      /** @description The note as changed */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Note'];
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found in this workspace */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state, such as a value that must be unique */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; `Retry-After` says when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getCompanyTimeline: {
    parameters: {
      query?: {
        /** @description Comma-separated kinds to show (created, change, deleted, restored, merged, note, email); all when absent */
        kind?: string;
        limit?: number;
        /** @description `nextCursor` from the previous page */
        cursor?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of the list; pass `nextCursor` as `cursor` for the next page (null on the last) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: components['schemas']['TimelineEvent'][];
            nextCursor: string | null;
          };
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found in this workspace */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state, such as a value that must be unique */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; `Retry-After` says when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getPersonTimeline: {
    parameters: {
      query?: {
        /** @description Comma-separated kinds to show (created, change, deleted, restored, merged, note, email); all when absent */
        kind?: string;
        limit?: number;
        /** @description `nextCursor` from the previous page */
        cursor?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of the list; pass `nextCursor` as `cursor` for the next page (null on the last) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: components['schemas']['TimelineEvent'][];
            nextCursor: string | null;
          };
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found in this workspace */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state, such as a value that must be unique */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; `Retry-After` says when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getProductTimeline: {
    parameters: {
      query?: {
        /** @description Comma-separated kinds to show (created, change, deleted, restored, merged, note, email); all when absent */
        kind?: string;
        limit?: number;
        /** @description `nextCursor` from the previous page */
        cursor?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of the list; pass `nextCursor` as `cursor` for the next page (null on the last) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: components['schemas']['TimelineEvent'][];
            nextCursor: string | null;
          };
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found in this workspace */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state, such as a value that must be unique */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; `Retry-After` says when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listCompanyFiles: {
    parameters: {
      query?: {
        limit?: number;
        /** @description `nextCursor` from the previous page */
        cursor?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of the list; pass `nextCursor` as `cursor` for the next page (null on the last) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: components['schemas']['RecordFile'][];
            nextCursor: string | null;
          };
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found in this workspace */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state, such as a value that must be unique */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; `Retry-After` says when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  uploadCompanyFile: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'multipart/form-data': {
          /**
           * Format: binary
           * @description The file, with its name; its type is read from its content. Images, PDF, office documents, text, CSV, email (.eml) and ZIP files are accepted; programs, HTML and SVG are not
           */
          file: string;
        };
      };
    };
    responses: {
      /** @description The new record file */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RecordFile'];
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found in this workspace */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state, such as a value that must be unique */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The file is larger than the server accepts (`FILES_MAX_BYTES`, 25 MB by default) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; `Retry-After` says when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listPersonFiles: {
    parameters: {
      query?: {
        limit?: number;
        /** @description `nextCursor` from the previous page */
        cursor?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of the list; pass `nextCursor` as `cursor` for the next page (null on the last) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: components['schemas']['RecordFile'][];
            nextCursor: string | null;
          };
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found in this workspace */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state, such as a value that must be unique */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; `Retry-After` says when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  uploadPersonFile: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'multipart/form-data': {
          /**
           * Format: binary
           * @description The file, with its name; its type is read from its content. Images, PDF, office documents, text, CSV, email (.eml) and ZIP files are accepted; programs, HTML and SVG are not
           */
          file: string;
        };
      };
    };
    responses: {
      /** @description The new record file */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RecordFile'];
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found in this workspace */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state, such as a value that must be unique */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The file is larger than the server accepts (`FILES_MAX_BYTES`, 25 MB by default) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; `Retry-After` says when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listProductFiles: {
    parameters: {
      query?: {
        limit?: number;
        /** @description `nextCursor` from the previous page */
        cursor?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of the list; pass `nextCursor` as `cursor` for the next page (null on the last) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: components['schemas']['RecordFile'][];
            nextCursor: string | null;
          };
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found in this workspace */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state, such as a value that must be unique */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; `Retry-After` says when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  uploadProductFile: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'multipart/form-data': {
          /**
           * Format: binary
           * @description The file, with its name; its type is read from its content. Images, PDF, office documents, text, CSV, email (.eml) and ZIP files are accepted; programs, HTML and SVG are not
           */
          file: string;
        };
      };
    };
    responses: {
      /** @description The new record file */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RecordFile'];
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found in this workspace */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state, such as a value that must be unique */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The file is larger than the server accepts (`FILES_MAX_BYTES`, 25 MB by default) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; `Retry-After` says when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getFile: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The record file */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RecordFile'];
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found in this workspace */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state, such as a value that must be unique */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; `Retry-After` says when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  deleteFile: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Done; the answer has no body */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found in this workspace */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state, such as a value that must be unique */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; `Retry-After` says when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  downloadFile: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The content of the file */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/octet-stream': string;
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found in this workspace */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state, such as a value that must be unique */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; `Retry-After` says when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listViews: {
    parameters: {
      query?: {
        object?: 'company' | 'person' | 'product';
        limit?: number;
        /** @description `nextCursor` from the previous page */
        cursor?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of the list; pass `nextCursor` as `cursor` for the next page (null on the last) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: components['schemas']['SavedView'][];
            nextCursor: string | null;
          };
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found in this workspace */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state, such as a value that must be unique */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; `Retry-After` says when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  createView: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          object: 'company' | 'person' | 'product';
          name: string;
          /** @default false */
          shared?: boolean;
          config: components['schemas']['ViewConfigInput'];
        };
      };
    };
    responses: {
      /** @description The new saved view */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SavedView'];
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found in this workspace */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state, such as a value that must be unique */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; `Retry-After` says when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getView: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The saved view */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SavedView'];
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found in this workspace */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state, such as a value that must be unique */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; `Retry-After` says when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  deleteView: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Done; the answer has no body */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found in this workspace */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state, such as a value that must be unique */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; `Retry-After` says when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  updateView: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          name?: string;
          shared?: boolean;
          config?: components['schemas']['ViewConfigInput'];
        };
      };
    };
    responses: {
      /** @description The saved view as changed */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SavedView'];
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found in this workspace */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state, such as a value that must be unique */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; `Retry-After` says when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listCustomFields: {
    parameters: {
      query?: {
        object?: 'company' | 'person' | 'product';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Custom fields defined for each record type */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: components['schemas']['CustomField'][];
          };
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found in this workspace */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state, such as a value that must be unique */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; `Retry-After` says when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  createCustomField: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @enum {string} */
          object: 'company' | 'person' | 'product';
          key: string;
          label: string;
          /** @enum {string} */
          type:
            | 'text'
            | 'number'
            | 'money'
            | 'date'
            | 'select'
            | 'multiselect'
            | 'boolean'
            | 'url'
            | 'email'
            | 'phone';
          /** @description For select and multiselect */
          choices?: {
            value: string;
            label: string;
          }[];
          /** @default false */
          required?: boolean;
        };
      };
    };
    responses: {
      /** @description The new custom field */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CustomField'];
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found in this workspace */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state, such as a value that must be unique */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; `Retry-After` says when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  deleteCustomField: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Done; the answer has no body */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found in this workspace */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state, such as a value that must be unique */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; `Retry-After` says when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  updateCustomField: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          label?: string;
          choices?: {
            value: string;
            label: string;
          }[];
          required?: boolean;
          position?: number;
        };
      };
    };
    responses: {
      /** @description The custom field as changed */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CustomField'];
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found in this workspace */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state, such as a value that must be unique */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; `Retry-After` says when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  searchRecords: {
    parameters: {
      query: {
        q: string;
        /** @description Comma-separated record types: person, company */
        types?: string;
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Search every record type, ignoring case, accents and script */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: {
              entityType: string;
              /** Format: uuid */
              entityId: string;
              title: string;
              subtitle: string | null;
              /** @description How the words matched: 3 whole words of the name, 2 starts of name words, 1 elsewhere in the record */
              rank: number;
            }[];
          };
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found in this workspace */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state, such as a value that must be unique */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; `Retry-After` says when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listTags: {
    parameters: {
      query?: {
        /** @description Only the tags of this record type (`person`, `company`…) */
        object?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The tags in use, most used first, with counts per record type */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: {
              tag: string;
              /** @description Records carrying the tag, of every type the caller can read */
              total: number;
              /** @description Records carrying the tag per record type */
              counts: {
                [key: string]: number;
              };
            }[];
          };
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found in this workspace */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state, such as a value that must be unique */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; `Retry-After` says when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  renameTag: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description The tag as records carry it now */
          from: string;
          /** @description Its new name; a tag already in use merges the two */
          to: string;
        };
      };
    };
    responses: {
      /** @description Rename a tag on every record, or merge it into another */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            /** @description Records whose tags changed */
            changed: number;
          };
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found in this workspace */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state, such as a value that must be unique */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; `Retry-After` says when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listAuditEntries: {
    parameters: {
      query?: {
        entityType?: string;
        entityId?: string;
        cursor?: string;
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of the list; pass `nextCursor` as `cursor` for the next page (null on the last) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: components['schemas']['AuditEntry'][];
            nextCursor: string | null;
          };
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found in this workspace */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state, such as a value that must be unique */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; `Retry-After` says when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  streamRecordEvents: {
    parameters: {
      query?: {
        /** @description Resume after this event id (as `Last-Event-ID` does, which takes precedence); without either, the stream starts now */
        after?: string;
      };
      header?: {
        /** @description The `id` of the last event received; browsers send it when they reconnect */
        'last-event-id'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The stream; each `record` event’s data is a RecordEvent */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/event-stream': components['schemas']['RecordEvent'];
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found in this workspace */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state, such as a value that must be unique */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; `Retry-After` says when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getSmtpSettings: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The smtp settings */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SmtpSettings'];
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found in this workspace */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state, such as a value that must be unique */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; `Retry-After` says when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  putSmtpSettings: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description The SMTP server, e.g. `smtp.example.com` */
          host: string;
          /** @description 587 for STARTTLS, 465 for TLS, 25 without */
          port: number;
          /**
           * @description `tls`: encrypted from the start (465); `starttls`: upgraded, and refused without it (587); `none`: plain
           * @enum {string}
           */
          security: 'tls' | 'starttls' | 'none';
          /** @default null */
          username?: string | null;
          /** @description Leave out to keep the stored one; null to remove it. Never sent back */
          password?: string | null;
          /** @description The From header, e.g. `Acme Sales <sales@acme.example>` */
          fromAddress: string;
          /**
           * @description DKIM signing of outgoing mail; null for none
           * @default null
           */
          dkim?: {
            /** @description The signing domain (`d=`), usually that of the From address */
            domain: string;
            /** @description The selector (`s=`): the key is published at `<selector>._domainkey.<domain>` */
            selector: string;
            /** @description The private key in PEM; leave out to keep the stored one. Never sent back */
            privateKey?: string;
          } | null;
        };
      };
    };
    responses: {
      /** @description The smtp settings as changed */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SmtpSettings'];
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found in this workspace */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state, such as a value that must be unique */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; `Retry-After` says when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  deleteSmtpSettings: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The smtp settings */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SmtpSettings'];
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found in this workspace */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state, such as a value that must be unique */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; `Retry-After` says when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  sendTestEmail: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /**
           * Format: email
           * @description Where to send the test message
           */
          to: string;
        };
      };
    };
    responses: {
      /** @description The test email result */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TestEmailResult'];
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found in this workspace */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state, such as a value that must be unique */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; `Retry-After` says when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listOutboundEmails: {
    parameters: {
      query?: {
        status?: 'queued' | 'sent' | 'failed' | 'dev' | 'bounced';
        limit?: number;
        /** @description `nextCursor` from the previous page */
        cursor?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of the list; pass `nextCursor` as `cursor` for the next page (null on the last) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: components['schemas']['OutboundEmail'][];
            nextCursor: string | null;
          };
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found in this workspace */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state, such as a value that must be unique */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; `Retry-After` says when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getOutboundEmail: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The outbound email detail */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OutboundEmailDetail'];
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found in this workspace */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state, such as a value that must be unique */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; `Retry-After` says when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listMailboxes: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of the list; pass `nextCursor` as `cursor` for the next page (null on the last) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: components['schemas']['Mailbox'][];
            nextCursor: string | null;
          };
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found in this workspace */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state, such as a value that must be unique */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; `Retry-After` says when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  createMailbox: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description What admins call it, e.g. `Sales inbox` */
          name: string;
          /** @description The IMAP server, e.g. `imap.example.com` */
          host: string;
          /** @description 993 with TLS, 143 without */
          port: number;
          /**
           * @description Connect with TLS from the start (993); without it, STARTTLS is used when offered
           * @default true
           */
          tls?: boolean;
          username: string;
          /** @description Never sent back; stored encrypted when the server has `SECRET_KEY` */
          password: string;
          /**
           * @description The folder to read, e.g. `INBOX`
           * @default INBOX
           */
          folder?: string;
          /**
           * @description Polled every minute while enabled
           * @default true
           */
          enabled?: boolean;
        };
      };
    };
    responses: {
      /** @description The new mailbox */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Mailbox'];
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found in this workspace */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state, such as a value that must be unique */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; `Retry-After` says when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getMailbox: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The mailbox */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Mailbox'];
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found in this workspace */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state, such as a value that must be unique */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; `Retry-After` says when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  deleteMailbox: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Done; the answer has no body */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found in this workspace */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state, such as a value that must be unique */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; `Retry-After` says when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  updateMailbox: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description What admins call it, e.g. `Sales inbox` */
          name?: string;
          /** @description The IMAP server, e.g. `imap.example.com` */
          host?: string;
          /** @description 993 with TLS, 143 without */
          port?: number;
          /** @description Connect with TLS from the start (993); without it, STARTTLS is used when offered */
          tls?: boolean;
          username?: string;
          /** @description Never sent back; stored encrypted when the server has `SECRET_KEY` */
          password?: string;
          /** @description The folder to read, e.g. `INBOX` */
          folder?: string;
          /** @description Polled every minute while enabled */
          enabled?: boolean;
        };
      };
    };
    responses: {
      /** @description The mailbox as changed */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Mailbox'];
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found in this workspace */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state, such as a value that must be unique */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; `Retry-After` says when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  testMailbox: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The mailbox connection test */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MailboxConnectionTest'];
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found in this workspace */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state, such as a value that must be unique */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; `Retry-After` says when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  pollMailbox: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The mailbox poll */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MailboxPoll'];
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found in this workspace */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state, such as a value that must be unique */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; `Retry-After` says when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getReceivedEmail: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The received email */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReceivedEmail'];
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found in this workspace */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state, such as a value that must be unique */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; `Retry-After` says when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  downloadEmailAttachment: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        attachmentId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The content of the file, always as an attachment */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/octet-stream': string;
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found in this workspace */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state, such as a value that must be unique */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; `Retry-After` says when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listWebhooks: {
    parameters: {
      query?: {
        cursor?: string;
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of the list; pass `nextCursor` as `cursor` for the next page (null on the last) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: components['schemas']['Webhook'][];
            nextCursor: string | null;
          };
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found in this workspace */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state, such as a value that must be unique */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; `Retry-After` says when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  createWebhook: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description Where to POST the messages: https, and not a private, loopback or link-local address unless the server administrator allowed it */
          url: string;
          /** @default  */
          description?: string;
          /** @description Event types to send (`person.created`, `company.deleted`…), or `["*"]` for every one */
          events: (
            | '*'
            | 'company.created'
            | 'company.updated'
            | 'company.deleted'
            | 'company.restored'
            | 'person.created'
            | 'person.updated'
            | 'person.deleted'
            | 'person.restored'
            | 'product.created'
            | 'product.updated'
            | 'product.deleted'
            | 'product.restored'
          )[];
          /** @default true */
          enabled?: boolean;
        };
      };
    };
    responses: {
      /** @description The new webhook with secret */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WebhookWithSecret'];
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found in this workspace */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state, such as a value that must be unique */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; `Retry-After` says when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listWebhookEventTypes: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The webhook event types */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WebhookEventTypes'];
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found in this workspace */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state, such as a value that must be unique */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; `Retry-After` says when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getWebhook: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The webhook */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Webhook'];
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found in this workspace */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state, such as a value that must be unique */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; `Retry-After` says when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  deleteWebhook: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Done; the answer has no body */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found in this workspace */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state, such as a value that must be unique */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; `Retry-After` says when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  updateWebhook: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description Where to POST the messages: https, and not a private, loopback or link-local address unless the server administrator allowed it */
          url?: string;
          description?: string;
          /** @description Event types to send (`person.created`, `company.deleted`…), or `["*"]` for every one */
          events?: (
            | '*'
            | 'company.created'
            | 'company.updated'
            | 'company.deleted'
            | 'company.restored'
            | 'person.created'
            | 'person.updated'
            | 'person.deleted'
            | 'person.restored'
            | 'product.created'
            | 'product.updated'
            | 'product.deleted'
            | 'product.restored'
          )[];
          /** @description `true` enables a disabled endpoint again (also one disabled by 410 Gone) */
          enabled?: boolean;
        };
      };
    };
    responses: {
      /** @description The webhook as changed */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Webhook'];
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found in this workspace */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state, such as a value that must be unique */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; `Retry-After` says when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  rotateWebhookSecret: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The webhook with secret */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WebhookWithSecret'];
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found in this workspace */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state, such as a value that must be unique */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; `Retry-After` says when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  sendWebhookTest: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The webhook delivery */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WebhookDelivery'];
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found in this workspace */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state, such as a value that must be unique */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; `Retry-After` says when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listWebhookDeliveries: {
    parameters: {
      query?: {
        cursor?: string;
        limit?: number;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of the list; pass `nextCursor` as `cursor` for the next page (null on the last) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: components['schemas']['WebhookDelivery'][];
            nextCursor: string | null;
          };
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found in this workspace */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state, such as a value that must be unique */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; `Retry-After` says when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  replayWebhookDelivery: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        deliveryId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The webhook delivery */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WebhookDelivery'];
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found in this workspace */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state, such as a value that must be unique */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; `Retry-After` says when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  exportCompanies: {
    parameters: {
      query?: {
        /** @description `csv` (UTF-8 with a byte order mark, for spreadsheets) or `vcf` (vCard 4.0, people only) */
        format?: 'csv' | 'vcf';
        /** @description Full-text search over the record. Without `sort`, every match, best first (whole words of the name, then starts of name words, then other text); with `sort`, the 1,000 best matches in that order */
        q?: string;
        /** @description Comma-separated fields; `-` in front sorts descending, e.g. `lastName,-createdAt` */
        sort?: string;
        /** @description `filter[field]=value` or `filter[field][op]=value`; ops: eq, ne, contains, gt, gte, lt, lte, in, empty */
        filter?: {
          [key: string]:
            | string
            | string[]
            | {
                [key: string]: string | string[];
              };
        };
        /** @description `true` lists records in the trash instead */
        deleted?: 'true' | 'false';
        /** @description Comma-separated columns, as the list and saved views name them (`lastName,email,companyName,custom.vip`); money adds its `<column>.currency`. Default: every column your role sees */
        columns?: string;
        /** @description Comma-separated ids: only these records (ticked rows), up to 1,000 */
        ids?: string;
        /** @description A saved view whose search, filter, sort and columns to use; the request's own override them */
        view?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The companies as a file to download */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': string;
          'text/vcard': string;
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found in this workspace */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state, such as a value that must be unique */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; `Retry-After` says when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  exportPeople: {
    parameters: {
      query?: {
        /** @description `csv` (UTF-8 with a byte order mark, for spreadsheets) or `vcf` (vCard 4.0, people only) */
        format?: 'csv' | 'vcf';
        /** @description Full-text search over the record. Without `sort`, every match, best first (whole words of the name, then starts of name words, then other text); with `sort`, the 1,000 best matches in that order */
        q?: string;
        /** @description Comma-separated fields; `-` in front sorts descending, e.g. `lastName,-createdAt` */
        sort?: string;
        /** @description `filter[field]=value` or `filter[field][op]=value`; ops: eq, ne, contains, gt, gte, lt, lte, in, empty */
        filter?: {
          [key: string]:
            | string
            | string[]
            | {
                [key: string]: string | string[];
              };
        };
        /** @description `true` lists records in the trash instead */
        deleted?: 'true' | 'false';
        /** @description Comma-separated columns, as the list and saved views name them (`lastName,email,companyName,custom.vip`); money adds its `<column>.currency`. Default: every column your role sees */
        columns?: string;
        /** @description Comma-separated ids: only these records (ticked rows), up to 1,000 */
        ids?: string;
        /** @description A saved view whose search, filter, sort and columns to use; the request's own override them */
        view?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The people as a file to download */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': string;
          'text/vcard': string;
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found in this workspace */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state, such as a value that must be unique */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; `Retry-After` says when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  exportProducts: {
    parameters: {
      query?: {
        /** @description `csv` (UTF-8 with a byte order mark, for spreadsheets) or `vcf` (vCard 4.0, people only) */
        format?: 'csv' | 'vcf';
        /** @description Full-text search over the record. Without `sort`, every match, best first (whole words of the name, then starts of name words, then other text); with `sort`, the 1,000 best matches in that order */
        q?: string;
        /** @description Comma-separated fields; `-` in front sorts descending, e.g. `lastName,-createdAt` */
        sort?: string;
        /** @description `filter[field]=value` or `filter[field][op]=value`; ops: eq, ne, contains, gt, gte, lt, lte, in, empty */
        filter?: {
          [key: string]:
            | string
            | string[]
            | {
                [key: string]: string | string[];
              };
        };
        /** @description `true` lists records in the trash instead */
        deleted?: 'true' | 'false';
        /** @description Comma-separated columns, as the list and saved views name them (`lastName,email,companyName,custom.vip`); money adds its `<column>.currency`. Default: every column your role sees */
        columns?: string;
        /** @description Comma-separated ids: only these records (ticked rows), up to 1,000 */
        ids?: string;
        /** @description A saved view whose search, filter, sort and columns to use; the request's own override them */
        view?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The products as a file to download */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': string;
          'text/vcard': string;
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found in this workspace */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state, such as a value that must be unique */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; `Retry-After` says when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getPersonVCard: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The vCard */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/vcard': string;
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found in this workspace */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state, such as a value that must be unique */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; `Retry-After` says when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listImports: {
    parameters: {
      query?: {
        object?: 'company' | 'person' | 'product';
        limit?: number;
        cursor?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page of the list; pass `nextCursor` as `cursor` for the next page (null on the last) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': {
            data: components['schemas']['Import'][];
            nextCursor: string | null;
          };
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found in this workspace */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state, such as a value that must be unique */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; `Retry-After` says when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  createImport: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'multipart/form-data': {
          /**
           * Format: binary
           * @description A CSV with a header row (UTF-8, or Windows-1250/1251), or vCards
           */
          file: string;
          /** @description The record type: `people`, `companies`, `products`… */
          object: string;
          /** @description A JSON object, header → field; with it the import starts at once (202), without it waits as a draft with a suggested mapping (201) */
          mapping?: string;
          /** @description Fields to match existing records by, separated by commas */
          dedupeOn?: string;
          /** @enum {string} */
          mode?: 'create' | 'update' | 'upsert';
        };
      };
    };
    responses: {
      /** @description The draft import, with its suggested mapping */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Import'];
        };
      };
      /** @description The import, queued */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Import'];
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found in this workspace */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state, such as a value that must be unique */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The file is larger than an import accepts (`IMPORT_MAX_BYTES`, 2 GB by default) */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; `Retry-After` says when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getImport: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The import */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Import'];
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found in this workspace */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state, such as a value that must be unique */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; `Retry-After` says when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  updateImport: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description File column (header) → field (`firstName`, `emails`, `price.currency`, `custom.<key>`, `id`); null skips the column */
          mapping?: {
            [key: string]: string | null;
          };
          /** @description A field name, several separated by commas, or a list */
          dedupeOn?: string[] | string;
          /** @enum {string} */
          mode?: 'create' | 'update' | 'upsert';
        };
      };
    };
    responses: {
      /** @description The import as changed */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Import'];
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found in this workspace */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state, such as a value that must be unique */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; `Retry-After` says when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  previewImport: {
    parameters: {
      query?: {
        limit?: number;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The import preview */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ImportPreview'];
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found in this workspace */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state, such as a value that must be unique */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; `Retry-After` says when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  startImport: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          /** @description File column (header) → field (`firstName`, `emails`, `price.currency`, `custom.<key>`, `id`); null skips the column */
          mapping?: {
            [key: string]: string | null;
          };
          /** @description A field name, several separated by commas, or a list */
          dedupeOn?: string[] | string;
          /** @enum {string} */
          mode?: 'create' | 'update' | 'upsert';
        };
      };
    };
    responses: {
      /** @description The import, queued */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Import'];
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found in this workspace */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state, such as a value that must be unique */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; `Retry-After` says when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  cancelImport: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The import */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Import'];
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found in this workspace */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state, such as a value that must be unique */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; `Retry-After` says when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getImportErrors: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description CSV, UTF-8 with a byte order mark */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': string;
        };
      };
      /** @description Invalid input; `errors` names each field at fault */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No valid credentials */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The caller may not do this */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found in this workspace */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Conflicts with the current state, such as a value that must be unique */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Too many requests; `Retry-After` says when to try again */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
}

/** Every record type of the API (its `entity`) and its collection path (under /api/v1). */
export const API_RECORD_PATHS = { company: '/companies', person: '/people', product: '/products' } as const;
/** The record types whose duplicates merge (`POST <path>/{id}/merge`). */
export const MERGEABLE_RECORD_TYPES = ['company', 'person'] as const;
/** The permission modules of a role, in the API's order. */
export const PERMISSION_MODULES = [
  'people',
  'companies',
  'products',
  'notes',
  'views',
  'admin',
  'audit',
] as const;
/** The types a custom field can have. */
export const CUSTOM_FIELD_TYPES = [
  'text',
  'number',
  'money',
  'date',
  'select',
  'multiselect',
  'boolean',
  'url',
  'email',
  'phone',
] as const;
