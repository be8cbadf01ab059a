// Generated from GET /v2/openapi.json by scripts/gen-client-types.mjs; do not edit.

export interface paths {
    "/v2/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who is signed in
         * @description The account behind the console session (or the API key), and the session’s CSRF token; `data: null` when no one is signed in (no credentials, or a session that has ended, whose cookie is then cleared).
         */
        get: operations["getSession"];
        put?: never;
        /**
         * Sign in to the console
         * @description Checks an API key and opens a console session: the answer sets the HttpOnly session cookie and carries the CSRF token that changes made with the session must send as X-CSRF-Token. The session ends after 12 hours without use, on sign-out, or when the key is revoked.
         */
        post: operations["createSession"];
        /**
         * Sign out of the console
         * @description Ends the console session on the server and clears its cookie.
         */
        delete: operations["deleteSession"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/ports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List your ports
         * @description Newest first (ties broken by id); filter by status, exact number, order, customer reference or losing carrier (its SPID); page with limit and offset (or the after cursor).
         */
        get: operations["listPorts"];
        put?: never;
        /**
         * Initiate a port
         * @description Submits a port request for one number. It starts in `pending` while the current provider reviews it.
         */
        post: operations["createPort"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/port_counts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Count your ports by status
         * @description How many of your ports are in each status now (the console’s tabs).
         */
        get: operations["countPorts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/ports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a port
         * @description Another account’s port answers exactly like a missing one (404).
         */
        get: operations["getPort"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Correct a port’s account details
         * @description While pending (corrected in place; the review continues with the new details) or failed (the port goes back to pending and is reviewed again: a resubmission). Other statuses: 409 invalid_transition.
         */
        patch: operations["correctPort"];
        trace?: never;
    };
    "/v2/ports/{id}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Status history of a port
         * @description Oldest first: the submission (`from: null`), then one entry per transition.
         */
        get: operations["getPortHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/ports/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel a port
         * @description Allowed while pending or authorized; otherwise 409 invalid_transition. The body is optional.
         */
        post: operations["cancelPort"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Your account’s events
         * @description Oldest first, after the cursor `after` (an event id). Keep paging with `after` = the last id you have seen and you see every event of your account exactly once, in the order they happened to each resource, even while several instances write. `next_cursor` is null when the page is the last one for now.
         */
        get: operations["listEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/events/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One event
         * @description Another account’s event answers like a missing one (404).
         */
        get: operations["getEvent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List your webhook endpoints
         * @description Newest first; page with after (the previous page’s next_cursor) or offset.
         */
        get: operations["listWebhooks"];
        put?: never;
        /**
         * Add a webhook endpoint
         * @description Events of your account are POSTed to the URL, signed (Standard Webhooks). The secret is in this answer only.
         */
        post: operations["createWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/webhooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a webhook endpoint
         * @description Its secret is never shown again; rotate it to get a new one.
         */
        get: operations["getWebhook"];
        put?: never;
        post?: never;
        /**
         * Delete a webhook endpoint
         * @description With its deliveries and their log.
         */
        delete: operations["deleteWebhook"];
        options?: never;
        head?: never;
        /**
         * Change a webhook endpoint
         * @description url, events, description, enabled. Enabling a disabled endpoint resumes its pending deliveries.
         */
        patch: operations["updateWebhook"];
        trace?: never;
    };
    "/v2/webhooks/{id}/rotate_secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rotate the signing secret
         * @description For 24 hours both the previous and the new secret sign each delivery (two signatures in webhook-signature), so receivers can switch without losing one.
         */
        post: operations["rotateWebhookSecret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/webhooks/{id}/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a test event
         * @description Queues a webhook.test event for this endpoint only; see its delivery in the log. A disabled endpoint is 409: enable it first.
         */
        post: operations["testWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/webhooks/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The delivery log
         * @description Newest first; filter by status; page with after (the previous page’s next_cursor).
         */
        get: operations["listWebhookDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/webhooks/{id}/deliveries/{delivery_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A delivery with its attempts
         * @description Each attempt: when, the response status (if one came), how long it took, the error (if none came).
         */
        get: operations["getWebhookDelivery"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/webhooks/{id}/deliveries/{delivery_id}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Retry a delivery now
         * @description One more attempt now, also for a failed delivery. A disabled endpoint is 409: enable it first.
         */
        post: operations["retryWebhookDelivery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/portability_checks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Check whether numbers can be ported
         * @description One entry per number, in order, with the exact reason when it cannot: invalid_number, not_e164, region_not_supported, number_type_not_portable, port_exists (an active port anywhere), already_in_service (already ported in). One bad number never fails the batch.
         */
        post: operations["checkPortability"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/foc_dates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * FOC dates you may ask for
         * @description For a submission made now: business days from the earliest possible (carrier review and authorization) to 30 days out.
         */
        get: operations["listFocDates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/port_orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List your port orders
         * @description Newest first; filter by status, by action_required (the desk asked you to act) or requirements_met (documents still missing); page with after (the previous page’s next_cursor).
         */
        get: operations["listPortOrders"];
        put?: never;
        /**
         * Create a port order (draft)
         * @description Each number is checked as by a portability check; one that cannot be ported fails the request naming it (numbers[i]). Submit the draft when its documents are there.
         */
        post: operations["createPortOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/port_orders/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a port order
         * @description With its numbers, sub-orders, requirements and port counts. Another account’s order answers like a missing one (404).
         */
        get: operations["getPortOrder"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a port order
         * @description While draft: any field, the numbers too. While action_required: the account details, which correct and resubmit every failed port. Otherwise 409.
         */
        patch: operations["updatePortOrder"];
        trace?: never;
    };
    "/v2/port_orders/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit a port order
         * @description Creates one port per number, in one transaction (all or none), split into sub-orders by losing carrier. 422 requirements_not_met names the documents missing; 409 port_exists names a number taken since the draft; 409 quota_exceeded when the ports would take the account beyond MAX_ACTIVE_PORTS.
         */
        post: operations["submitPortOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/port_orders/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel a port order
         * @description A draft is cancelled; a submitted order has every port that may still be cancelled (pending or authorized) cancelled. The body is optional.
         */
        post: operations["cancelPortOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/port_orders/{id}/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a order’s documents
         * @description Oldest first. Another account’s order answers like a missing one (404).
         */
        get: operations["listPortOrderDocuments"];
        put?: never;
        /**
         * Upload a document to a order
         * @description multipart/form-data with the fields type (loa, invoice, csr, other) and file. PDF, PNG and JPEG only, recognised by their content (anything else, whatever its name or declared type, and a file that is also another kind of file, is 415 unsupported_media_type); at most 10 MiB (413 payload_too_large). An loa or invoice document meets the order’s requirement of that name.
         */
        post: operations["uploadPortOrderDocument"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/port_orders/{id}/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a order’s comments
         * @description Yours and the porting desk’s, oldest first.
         */
        get: operations["listPortOrderComments"];
        put?: never;
        /**
         * Comment on a order
         * @description A comment to the porting desk, in any status. It answers the desk’s request for action: the order’s action_required is cleared.
         */
        post: operations["createPortOrderComment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/ports/{id}/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a port’s documents
         * @description Oldest first. Another account’s port answers like a missing one (404).
         */
        get: operations["listPortDocuments"];
        put?: never;
        /**
         * Upload a document to a port
         * @description multipart/form-data with the fields type (loa, invoice, csr, other) and file. PDF, PNG and JPEG only, recognised by their content (anything else, whatever its name or declared type, and a file that is also another kind of file, is 415 unsupported_media_type); at most 10 MiB (413 payload_too_large).
         */
        post: operations["uploadPortDocument"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/ports/{id}/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a port’s comments
         * @description Yours and the porting desk’s, oldest first.
         */
        get: operations["listPortComments"];
        put?: never;
        /**
         * Comment on a port
         * @description A comment to the porting desk, in any status. It answers the desk’s request for action: the port’s action_required is cleared.
         */
        post: operations["createPortComment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/documents/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a document
         * @description Its metadata. Another account’s document answers like a missing one (404).
         */
        get: operations["getDocument"];
        put?: never;
        post?: never;
        /**
         * Delete a document
         * @description While its order is draft or action_required (a port submitted alone: while pending or failed); otherwise 409 invalid_transition.
         */
        delete: operations["deleteDocument"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/documents/{id}/content": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download a document
         * @description The bytes, with their content type and `Content-Disposition: attachment` (a stored file is never rendered inline).
         */
        get: operations["getDocumentContent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/port_orders/{id}/loa": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The order’s Letter of Authorization (PDF)
         * @description Generated from the order as it is now: the account holder, service address, billing number, account number, every number with its losing carrier, the provider, the date and a signature block. Unsigned: sign it here, or by hand and upload it as the loa document.
         */
        get: operations["getPortOrderLoa"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/port_orders/{id}/loa/sign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign the order’s Letter of Authorization
         * @description Stamps the signer’s name and title, the time and the address of this request into the letter and stores it as the order’s loa document (with its SHA-256): it meets the loa requirement while the order keeps the details the letter states (changing them needs a new signature).
         */
        post: operations["signPortOrderLoa"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/admin/ports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List every account’s ports
         * @description The same filters as listPorts, plus account_id. Newest first.
         */
        get: operations["deskListPorts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/admin/carriers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the losing carriers
         * @description Every carrier of the carrier directory (CARRIER_RECORDS’ carriers, then the built-in ones): what the lists’ losing_carrier filter takes, by SPID.
         */
        get: operations["deskListCarriers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/admin/port_counts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Count every account’s ports by status
         * @description Every account’s ports by status, or one account’s with account_id; of one losing carrier with losing_carrier. Kept with every change: nothing is counted.
         */
        get: operations["deskCountPorts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/admin/ports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get any port
         * @description Any account’s port, with its account id.
         */
        get: operations["deskGetPort"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/admin/ports/{id}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * History of any port
         * @description Oldest first: the submission, then one entry per transition.
         */
        get: operations["deskGetPortHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/admin/ports/{id}/transition": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Move a port (porting desk)
         * @description Under the allowed-moves table: pending→authorized|failed|cancelled, authorized→in_progress|failed|cancelled, in_progress→completed|failed, failed→pending. `rejection_code` is required with failed; `foc_date` may be given with authorized. `message` is shown to the customer.
         */
        post: operations["deskTransitionPort"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/admin/port_orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List every account’s port orders
         * @description The same filters as listPortOrders, plus account_id and losing_carrier (orders with a sub-order of that carrier: submitted ones). Newest first. `requirements_met=false` lists the orders still waiting for a document ORDER_REQUIREMENTS asks for.
         */
        get: operations["deskListPortOrders"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/admin/port_orders/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get any port order
         * @description Any account’s order, with its sub-orders (whose ids the sub-order transition takes).
         */
        get: operations["deskGetPortOrder"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/admin/sub_orders/{id}/transition": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Move every port of a sub-order (porting desk)
         * @description The body of a port transition, applied in one transaction to every port of the sub-order that may make the move (how an operator records a carrier’s answer to the whole sub-order). 409 invalid_transition when none may.
         */
        post: operations["deskTransitionSubOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/admin/port_orders/{id}/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List any order’s documents
         * @description Oldest first; read each through /v2/admin/documents/{id}.
         */
        get: operations["deskListPortOrderDocuments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/admin/port_orders/{id}/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List any order’s comments
         * @description Every comment, internal ones too, oldest first.
         */
        get: operations["deskListPortOrderComments"];
        put?: never;
        /**
         * Comment on any order (porting desk)
         * @description public (the customer sees it: an event and a webhook too) or internal (never shown to the customer, by any path). A public comment with action_required flags the order (action_required: true, filter ?action_required=true) until the customer comments or corrects it.
         */
        post: operations["deskCreatePortOrderComment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/admin/ports/{id}/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List any port’s documents
         * @description Oldest first; read each through /v2/admin/documents/{id}.
         */
        get: operations["deskListPortDocuments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/admin/ports/{id}/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List any port’s comments
         * @description Every comment, internal ones too, oldest first.
         */
        get: operations["deskListPortComments"];
        put?: never;
        /**
         * Comment on any port (porting desk)
         * @description public (the customer sees it: an event and a webhook too) or internal (never shown to the customer, by any path). A public comment with action_required flags the port (action_required: true, filter ?action_required=true) until the customer comments or corrects it.
         */
        post: operations["deskCreatePortComment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/admin/documents/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get any document
         * @description Any account’s document, with its account and what it belongs to.
         */
        get: operations["deskGetDocument"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v2/admin/documents/{id}/content": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download any document
         * @description The bytes, with their content type and `Content-Disposition: attachment`.
         */
        get: operations["deskGetDocumentContent"];
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
        /**
         * CreateSessionRequest
         * @description Sign in to the console with an API key
         */
        CreateSessionRequest: {
            /**
             * @description Your API key (ptk_…); it is checked and not kept
             * @example ptk_…
             */
            api_key: string;
        };
        /**
         * ConsoleSession
         * @description Who is signed in
         */
        ConsoleSession: {
            account_id: string;
            account_name: string;
            /** @description An admin (porting desk) account */
            admin: boolean;
            /** @description With a console session: send it as X-CSRF-Token on every request that changes something; null for X-Auth-Token callers */
            csrf_token: string | null;
            /**
             * Format: date-time
             * @description With a console session: when it ends unless used before (12 hours after its last use, real time)
             */
            expires_at: string | null;
        };
        /**
         * ConsoleSessionResponse
         * @description The console session
         */
        ConsoleSessionResponse: {
            /** @enum {boolean} */
            success: true;
            data: components["schemas"]["ConsoleSession"];
        };
        /**
         * ErrorDetail
         * @description One problem; some carry more (port_id, reason, from, to)
         */
        ErrorDetail: {
            /** @description The field, parameter or header concerned */
            field?: string;
            /** @description What is wrong with it */
            message: string;
        } & {
            [key: string]: unknown;
        };
        /**
         * BadRequestError
         * @description The request is not valid (validation_failed, invalid_json)
         */
        BadRequestError: {
            /** @enum {boolean} */
            success: false;
            error: {
                /**
                 * @description Machine-readable error code
                 * @enum {string}
                 */
                code: "validation_failed" | "invalid_json";
                /** @description What went wrong, for a person */
                message: string;
                /** @description Only where useful: one entry per problem */
                details?: components["schemas"]["ErrorDetail"][];
            };
        };
        /**
         * UnauthorizedError
         * @description No, unknown or revoked X-Auth-Token (unauthorized)
         */
        UnauthorizedError: {
            /** @enum {boolean} */
            success: false;
            error: {
                /**
                 * @description Machine-readable error code
                 * @enum {string}
                 */
                code: "unauthorized";
                /** @description What went wrong, for a person */
                message: string;
                /** @description Only where useful: one entry per problem */
                details?: components["schemas"]["ErrorDetail"][];
            };
        };
        /**
         * PayloadTooLargeError
         * @description The request body is larger than 64 KiB (payload_too_large)
         */
        PayloadTooLargeError: {
            /** @enum {boolean} */
            success: false;
            error: {
                /**
                 * @description Machine-readable error code
                 * @enum {string}
                 */
                code: "payload_too_large";
                /** @description What went wrong, for a person */
                message: string;
                /** @description Only where useful: one entry per problem */
                details?: components["schemas"]["ErrorDetail"][];
            };
        };
        /**
         * UnsupportedMediaTypeError
         * @description The request body is not application/json (unsupported_media_type)
         */
        UnsupportedMediaTypeError: {
            /** @enum {boolean} */
            success: false;
            error: {
                /**
                 * @description Machine-readable error code
                 * @enum {string}
                 */
                code: "unsupported_media_type";
                /** @description What went wrong, for a person */
                message: string;
                /** @description Only where useful: one entry per problem */
                details?: components["schemas"]["ErrorDetail"][];
            };
        };
        /**
         * RateLimitedError
         * @description Too many requests; see Retry-After (rate_limited)
         */
        RateLimitedError: {
            /** @enum {boolean} */
            success: false;
            error: {
                /**
                 * @description Machine-readable error code
                 * @enum {string}
                 */
                code: "rate_limited";
                /** @description What went wrong, for a person */
                message: string;
                /** @description Only where useful: one entry per problem */
                details?: components["schemas"]["ErrorDetail"][];
            };
        };
        /**
         * ServiceUnavailableError
         * @description The service is shutting down or busy; retry shortly (service_unavailable)
         */
        ServiceUnavailableError: {
            /** @enum {boolean} */
            success: false;
            error: {
                /**
                 * @description Machine-readable error code
                 * @enum {string}
                 */
                code: "service_unavailable";
                /** @description What went wrong, for a person */
                message: string;
                /** @description Only where useful: one entry per problem */
                details?: components["schemas"]["ErrorDetail"][];
            };
        };
        /**
         * ErrorResponse
         * @description The error envelope
         */
        ErrorResponse: {
            /** @enum {boolean} */
            success: false;
            error: {
                /**
                 * @description Machine-readable error code
                 * @enum {string}
                 */
                code: "unauthorized" | "forbidden" | "not_found" | "method_not_allowed" | "validation_failed" | "invalid_json" | "payload_too_large" | "unsupported_media_type" | "port_exists" | "already_ported" | "invalid_transition" | "quota_exceeded" | "idempotency_conflict" | "requirements_not_met" | "not_eligible" | "rate_limited" | "service_unavailable" | "internal";
                /** @description What went wrong, for a person */
                message: string;
                /** @description Only where useful: one entry per problem */
                details?: components["schemas"]["ErrorDetail"][];
            };
        };
        /**
         * CurrentSessionResponse
         * @description Who is signed in: null when no one is (no credentials, or a session that has ended)
         */
        CurrentSessionResponse: {
            /** @enum {boolean} */
            success: true;
            data: components["schemas"]["ConsoleSession"] | null;
        };
        /**
         * SignedOutResponse
         * @description The session has ended
         */
        SignedOutResponse: {
            /** @enum {boolean} */
            success: true;
            data: {
                /** @enum {boolean} */
                signed_out: true;
            };
        };
        /**
         * ForbiddenError
         * @description The key may not use this endpoint (forbidden)
         */
        ForbiddenError: {
            /** @enum {boolean} */
            success: false;
            error: {
                /**
                 * @description Machine-readable error code
                 * @enum {string}
                 */
                code: "forbidden";
                /** @description What went wrong, for a person */
                message: string;
                /** @description Only where useful: one entry per problem */
                details?: components["schemas"]["ErrorDetail"][];
            };
        };
        /**
         * Address
         * @description The service address on the account
         */
        Address: {
            /**
             * @description Street and number
             * @example 123 Main St
             */
            street: string;
            /**
             * @description City
             * @example San Francisco
             */
            city: string;
            /**
             * @description State or province
             * @example CA
             */
            state: string;
            /**
             * @description Postal code
             * @example 94102
             */
            postal_code: string;
            /**
             * @description ISO 3166-1 alpha-2 code
             * @example US
             */
            country: string;
        };
        /**
         * SubmitPortRequest
         * @description A port request
         */
        SubmitPortRequest: {
            /**
             * @description Phone number to port, in E.164 format
             * @example +14155551234
             */
            number: string;
            /**
             * @description Account number with the current provider
             * @example 123456789
             */
            account_number: string;
            account_pin?: string | null;
            carrier_name?: string | null;
            /**
             * @description Billing phone number on the account, in E.164 format
             * @example +14155551234
             */
            billing_phone: string;
            /**
             * @description Name of the account holder
             * @example John Doe
             */
            end_user_name: string;
            end_user_address: components["schemas"]["Address"];
            customer_reference?: string | null;
            requested_foc_date?: string | null;
        };
        /** Rejection */
        Rejection: {
            /** @enum {string} */
            code: "ACCOUNT_NUMBER_MISMATCH" | "PIN_INVALID" | "NUMBER_INACTIVE" | "ACCOUNT_DISPUTE" | "END_USER_MISMATCH" | "NUMBER_NOT_PORTABLE" | "TRANSFER_FAILED" | "OTHER";
            message: string;
            /** @description When the carrier rejected a whole sub-order: the number at fault */
            number?: string;
        };
        /** Port */
        Port: {
            /** @description port_ followed by at least 12 url-safe characters */
            id: string;
            /** @description E.164 */
            number: string;
            /** @enum {string} */
            status: "pending" | "authorized" | "in_progress" | "completed" | "failed" | "cancelled";
            /** @enum {string} */
            carrier_status: "pending_transfer" | "foc_received" | "transfer_in_progress" | "ported" | "rejected" | "transfer_failed" | "cancelled";
            carrier_name: string | null;
            /** @description Masked: only the last characters show (at most 4, and never fewer than 4 are masked) */
            account_number: string;
            billing_phone: string;
            end_user_name: string;
            end_user_address: components["schemas"]["Address"];
            customer_reference: string | null;
            /** @description libphonenumber type, e.g. fixed_line_or_mobile */
            number_type: string;
            /** @description ISO 3166-1 alpha-2 region of the number */
            region: string;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
            /**
             * Format: date-time
             * @description When the port is expected to complete; null once final
             */
            estimated_completion: string | null;
            /** @description Who holds the number today (null only for ports older than the carrier directory) */
            losing_carrier: {
                name: string;
                /** @description NPAC Service Provider ID */
                spid: string;
                wireless: boolean;
                /** @description The carrier rejects a port without the account PIN */
                pin_required: boolean;
            } | null;
            /**
             * Format: date
             * @description The FOC date asked for
             */
            requested_foc_date?: string;
            /**
             * Format: date
             * @description Firm order commitment date, once authorized
             */
            foc_date?: string;
            /** Format: date-time */
            completed_at?: string;
            /** Format: date-time */
            failed_at?: string;
            /** Format: date-time */
            cancelled_at?: string;
            rejection?: components["schemas"]["Rejection"];
            /** @description The order this port is a number of */
            order_id?: string;
            /** @description Its sub-order (one losing carrier) */
            sub_order_id?: string;
            /** @description Human-readable progress notes, oldest first */
            messages: string[];
            /** @description The porting desk asked you to act (see the port’s comments); cleared when you comment or correct the port */
            action_required: boolean;
        };
        /**
         * PortResponse
         * @description A port
         */
        PortResponse: {
            /** @enum {boolean} */
            success: true;
            data: components["schemas"]["Port"];
        };
        /**
         * ConflictError
         * @description The change conflicts with the state of the port or its number (port_exists, already_ported, invalid_transition, quota_exceeded)
         */
        ConflictError: {
            /** @enum {boolean} */
            success: false;
            error: {
                /**
                 * @description Machine-readable error code
                 * @enum {string}
                 */
                code: "port_exists" | "already_ported" | "invalid_transition" | "quota_exceeded";
                /** @description What went wrong, for a person */
                message: string;
                /** @description Only where useful: one entry per problem */
                details?: components["schemas"]["ErrorDetail"][];
            };
        };
        /**
         * UnprocessableError
         * @description The request cannot be carried out as asked (idempotency_conflict, requirements_not_met, not_eligible)
         */
        UnprocessableError: {
            /** @enum {boolean} */
            success: false;
            error: {
                /**
                 * @description Machine-readable error code
                 * @enum {string}
                 */
                code: "idempotency_conflict" | "requirements_not_met" | "not_eligible";
                /** @description What went wrong, for a person */
                message: string;
                /** @description Only where useful: one entry per problem */
                details?: components["schemas"]["ErrorDetail"][];
            };
        };
        /** Pagination */
        Pagination: {
            /** @description The page size asked for */
            limit: number;
            /** @description How many matching items were skipped before this page (with `after`: after the cursor) */
            offset: number;
            /** @description Number of items matching the filter */
            total: number;
            /** @description Pass as `after` for the next page (cheaper than a deep offset); null when this page is the last one */
            next_cursor: string | null;
        };
        /**
         * PortListResponse
         * @description A page of ports, newest first
         */
        PortListResponse: {
            /** @enum {boolean} */
            success: true;
            data: components["schemas"]["Port"][];
            pagination: components["schemas"]["Pagination"];
        };
        /**
         * PortCounts
         * @description How many ports are in each status
         */
        PortCounts: {
            pending: number;
            authorized: number;
            in_progress: number;
            completed: number;
            failed: number;
            cancelled: number;
        };
        /**
         * PortCountsResponse
         * @description Ports by status
         */
        PortCountsResponse: {
            /** @enum {boolean} */
            success: true;
            data: components["schemas"]["PortCounts"];
        };
        /**
         * NotFoundError
         * @description No such resource, or not yours (not_found)
         */
        NotFoundError: {
            /** @enum {boolean} */
            success: false;
            error: {
                /**
                 * @description Machine-readable error code
                 * @enum {string}
                 */
                code: "not_found";
                /** @description What went wrong, for a person */
                message: string;
                /** @description Only where useful: one entry per problem */
                details?: components["schemas"]["ErrorDetail"][];
            };
        };
        /**
         * CorrectPortRequest
         * @description The account details to correct (at least one)
         */
        CorrectPortRequest: {
            /**
             * @description Account number with the current provider
             * @example 123456789
             */
            account_number?: string;
            account_pin?: string | null;
            carrier_name?: string | null;
            /**
             * @description Billing phone number on the account, in E.164 format
             * @example +14155551234
             */
            billing_phone?: string;
            /**
             * @description Name of the account holder
             * @example John Doe
             */
            end_user_name?: string;
            end_user_address?: components["schemas"]["Address"];
        };
        /** PortHistoryEntry */
        PortHistoryEntry: {
            /** @description The event this entry is (GET /v2/events/{id}); null only for entries written before the event feed existed */
            id: string | null;
            /** Format: date-time */
            at: string;
            /** @description null for the submission */
            from: string | null;
            /** @enum {string} */
            to: "pending" | "authorized" | "in_progress" | "completed" | "failed" | "cancelled";
            /** @enum {string} */
            carrier_status: "pending_transfer" | "foc_received" | "transfer_in_progress" | "ported" | "rejected" | "transfer_failed" | "cancelled";
            message: string | null;
            /** @description customer:<account id>, carrier or desk:<account id> */
            actor: string;
        };
        /**
         * PortHistoryResponse
         * @description The status history of a port, oldest first
         */
        PortHistoryResponse: {
            /** @enum {boolean} */
            success: true;
            data: components["schemas"]["PortHistoryEntry"][];
        };
        /**
         * CancelPortRequest
         * @description Optional: the reason for the cancellation
         */
        CancelPortRequest: {
            /**
             * @description Why the port is cancelled; shown in messages
             * @example Customer is staying with their carrier
             */
            reason?: string;
        };
        /** Event */
        Event: {
            /** @description evt_ followed by 16 url-safe characters; the webhook-id of its deliveries */
            id: string;
            /** @enum {string} */
            type: "port.created" | "port.status_changed" | "port.updated" | "port.comment_created" | "order.created" | "order.status_changed" | "order.comment_created" | "webhook.test";
            /**
             * Format: date-time
             * @description When the change happened (on the service clock)
             */
            created_at: string;
            /** @description port.created: {port}. port.status_changed: {port, from, to, message}. port.updated: {port, changes, message}. webhook.test: {webhook_id}. `port` is the port as GET /v2/ports/{id} returns it at the time of the event. */
            data: {
                [key: string]: unknown;
            };
        };
        /** CursorPagination */
        CursorPagination: {
            /** @description The page size asked for */
            limit: number;
            /** @description Pass as `after` for the next page; null when this page is the last one for now */
            next_cursor: string | null;
        };
        /**
         * EventListResponse
         * @description Events of your account, oldest first
         */
        EventListResponse: {
            /** @enum {boolean} */
            success: true;
            data: components["schemas"]["Event"][];
            pagination: components["schemas"]["CursorPagination"];
        };
        /**
         * EventResponse
         * @description An event
         */
        EventResponse: {
            /** @enum {boolean} */
            success: true;
            data: components["schemas"]["Event"];
        };
        /**
         * CreateWebhookRequest
         * @description A webhook endpoint
         */
        CreateWebhookRequest: {
            /**
             * @description An absolute https:// URL of a public address (WEBHOOK_ALLOW_PRIVATE=true also allows http:// and private addresses)
             * @example https://example.com/hooks/porting
             */
            url: string;
            /**
             * @description Event types to receive, or ["*"] for all
             * @example [
             *       "port.status_changed"
             *     ]
             */
            events?: ("port.created" | "port.status_changed" | "port.updated" | "port.comment_created" | "order.created" | "order.status_changed" | "order.comment_created" | "*")[];
            description?: string | null;
        };
        /** CreatedWebhook */
        CreatedWebhook: {
            /** @description whk_ followed by 16 url-safe characters */
            id: string;
            url: string;
            /** @description Event types received, or ["*"] */
            events: string[];
            description: string | null;
            enabled: boolean;
            /** @description Why deliveries stopped (410 Gone, 72 hours of failures, or you) */
            disabled_reason: string | null;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
            /** @description whsec_…: shown in this answer only; verify deliveries with it (Standard Webhooks) */
            secret: string;
        };
        /**
         * CreatedWebhookResponse
         * @description The new endpoint, with its secret (shown once)
         */
        CreatedWebhookResponse: {
            /** @enum {boolean} */
            success: true;
            data: components["schemas"]["CreatedWebhook"];
        };
        /** Webhook */
        Webhook: {
            /** @description whk_ followed by 16 url-safe characters */
            id: string;
            url: string;
            /** @description Event types received, or ["*"] */
            events: string[];
            description: string | null;
            enabled: boolean;
            /** @description Why deliveries stopped (410 Gone, 72 hours of failures, or you) */
            disabled_reason: string | null;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
        };
        /**
         * WebhookListResponse
         * @description Your webhook endpoints, newest first
         */
        WebhookListResponse: {
            /** @enum {boolean} */
            success: true;
            data: components["schemas"]["Webhook"][];
            pagination: components["schemas"]["Pagination"];
        };
        /**
         * WebhookResponse
         * @description A webhook endpoint
         */
        WebhookResponse: {
            /** @enum {boolean} */
            success: true;
            data: components["schemas"]["Webhook"];
        };
        /**
         * UpdateWebhookRequest
         * @description The fields to change (at least one)
         */
        UpdateWebhookRequest: {
            /**
             * @description An absolute https:// URL of a public address (WEBHOOK_ALLOW_PRIVATE=true also allows http:// and private addresses)
             * @example https://example.com/hooks/porting
             */
            url?: string;
            /**
             * @description Event types to receive, or ["*"] for all
             * @example [
             *       "port.status_changed"
             *     ]
             */
            events?: ("port.created" | "port.status_changed" | "port.updated" | "port.comment_created" | "order.created" | "order.status_changed" | "order.comment_created" | "*")[];
            description?: string | null;
            /** @description false stops deliveries; true starts them again (and clears disabled_reason) */
            enabled?: boolean;
        };
        /** DeletedWebhook */
        DeletedWebhook: {
            id: string;
            /** @enum {boolean} */
            deleted: true;
        };
        /**
         * DeletedWebhookResponse
         * @description The endpoint is gone
         */
        DeletedWebhookResponse: {
            /** @enum {boolean} */
            success: true;
            data: components["schemas"]["DeletedWebhook"];
        };
        /** WebhookSecret */
        WebhookSecret: {
            /** @description The new whsec_… secret; the previous one also signs for 24 hours */
            secret: string;
        };
        /**
         * WebhookSecretResponse
         * @description The new secret (shown once)
         */
        WebhookSecretResponse: {
            /** @enum {boolean} */
            success: true;
            data: components["schemas"]["WebhookSecret"];
        };
        /** WebhookTestSent */
        WebhookTestSent: {
            event_id: string;
            delivery_id: string;
        };
        /**
         * WebhookTestResponse
         * @description A webhook.test event was queued for this endpoint
         */
        WebhookTestResponse: {
            /** @enum {boolean} */
            success: true;
            data: components["schemas"]["WebhookTestSent"];
        };
        /** Delivery */
        Delivery: {
            id: string;
            /** @description Sent as webhook-id: the same on every attempt */
            event_id: string;
            /** @enum {string} */
            event_type: "port.created" | "port.status_changed" | "port.updated" | "port.comment_created" | "order.created" | "order.status_changed" | "order.comment_created" | "webhook.test";
            /** @enum {string} */
            status: "pending" | "succeeded" | "failed";
            /** @description Attempts made so far */
            attempts: number;
            /**
             * Format: date-time
             * @description When the next attempt is due; null once final
             */
            next_attempt_at: string | null;
            /** @description The HTTP status of the last attempt, if one came */
            last_response_status: number | null;
            /** @description Why the last attempt failed without a status (timeout, connection_refused, address_not_allowed, …) */
            last_error: string | null;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
        };
        /**
         * DeliveryListResponse
         * @description The endpoint’s deliveries, newest first
         */
        DeliveryListResponse: {
            /** @enum {boolean} */
            success: true;
            data: components["schemas"]["Delivery"][];
            pagination: components["schemas"]["CursorPagination"];
        };
        /** DeliveryAttempt */
        DeliveryAttempt: {
            /** Format: date-time */
            at: string;
            response_status: number | null;
            duration_ms: number;
            error: string | null;
        };
        /** DeliveryDetail */
        DeliveryDetail: {
            id: string;
            /** @description Sent as webhook-id: the same on every attempt */
            event_id: string;
            /** @enum {string} */
            event_type: "port.created" | "port.status_changed" | "port.updated" | "port.comment_created" | "order.created" | "order.status_changed" | "order.comment_created" | "webhook.test";
            /** @enum {string} */
            status: "pending" | "succeeded" | "failed";
            /** @description Attempts made so far */
            attempts: number;
            /**
             * Format: date-time
             * @description When the next attempt is due; null once final
             */
            next_attempt_at: string | null;
            /** @description The HTTP status of the last attempt, if one came */
            last_response_status: number | null;
            /** @description Why the last attempt failed without a status (timeout, connection_refused, address_not_allowed, …) */
            last_error: string | null;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
            /** @description Every attempt, oldest first (response bodies are not kept) */
            attempt_log: components["schemas"]["DeliveryAttempt"][];
        };
        /**
         * DeliveryDetailResponse
         * @description A delivery with its attempts
         */
        DeliveryDetailResponse: {
            /** @enum {boolean} */
            success: true;
            data: components["schemas"]["DeliveryDetail"];
        };
        /**
         * DeliveryResponse
         * @description The delivery, queued for one more attempt now
         */
        DeliveryResponse: {
            /** @enum {boolean} */
            success: true;
            data: components["schemas"]["Delivery"];
        };
        /**
         * PortabilityCheckRequest
         * @description Numbers to check
         */
        PortabilityCheckRequest: {
            /**
             * @description Up to 1,000 numbers, as you have them
             * @example [
             *       "+14155551234",
             *       "(212) 555-1234"
             *     ]
             */
            numbers: string[];
        };
        /**
         * LosingCarrier
         * @description Who holds the number today
         */
        LosingCarrier: {
            name: string;
            /** @description NPAC Service Provider ID */
            spid: string;
            wireless: boolean;
            /** @description The carrier rejects a port without the account PIN */
            pin_required: boolean;
        };
        /** PortabilityResult */
        PortabilityResult: {
            /** @description As given */
            number: string;
            /** @description Its E.164 form, when it has one */
            e164: string | null;
            portable: boolean;
            /** @description Why not (null when portable) */
            reason: ("invalid_number" | "not_e164" | "region_not_supported" | "number_type_not_portable" | "port_exists" | "already_in_service") | null;
            number_type: string | null;
            region: string | null;
            losing_carrier: components["schemas"]["LosingCarrier"] | null;
        };
        /**
         * PortabilityCheckResponse
         * @description One entry per number given, in order
         */
        PortabilityCheckResponse: {
            /** @enum {boolean} */
            success: true;
            data: components["schemas"]["PortabilityResult"][];
        };
        /** FocDates */
        FocDates: {
            /**
             * Format: date
             * @description The earliest FOC date of a submission made now
             */
            earliest: string;
            /**
             * Format: date
             * @description The latest one that may be asked for (30 days out)
             */
            latest: string;
            /** @description Every business day in between, the two included */
            dates: string[];
        };
        /**
         * FocDatesResponse
         * @description The FOC dates you may ask for now
         */
        FocDatesResponse: {
            /** @enum {boolean} */
            success: true;
            data: components["schemas"]["FocDates"];
        };
        /**
         * CreateOrderRequest
         * @description A port order: many numbers with one set of account details
         */
        CreateOrderRequest: {
            /**
             * @description The numbers to port together, E.164, distinct (1 to 1000)
             * @example [
             *       "+14155551234",
             *       "+12125551234"
             *     ]
             */
            numbers: string[];
            /**
             * @description Account number with the current provider
             * @example 123456789
             */
            account_number: string;
            account_pin?: string | null;
            /**
             * @description Billing phone number on the account, in E.164 format
             * @example +14155551234
             */
            billing_phone: string;
            /**
             * @description Name of the account holder
             * @example John Doe
             */
            end_user_name: string;
            end_user_address: components["schemas"]["Address"];
            carrier_name?: string | null;
            requested_foc_date?: string | null;
            customer_reference?: string | null;
        };
        /** OrderNumber */
        OrderNumber: {
            number: string;
            /** @description The number’s port, once submitted */
            port_id: string | null;
            /** @description The port’s status, once submitted */
            status: ("pending" | "authorized" | "in_progress" | "completed" | "failed" | "cancelled") | null;
            losing_carrier: components["schemas"]["LosingCarrier"];
        };
        /**
         * SubOrder
         * @description One request to one losing carrier, answered as a whole
         */
        SubOrder: {
            /** @description sub_ followed by 16 url-safe characters */
            id: string;
            losing_carrier: components["schemas"]["LosingCarrier"];
            numbers: string[];
            /**
             * @description draft, in_progress, action_required (a port failed), completed, cancelled
             * @enum {string}
             */
            status: "draft" | "in_progress" | "action_required" | "completed" | "cancelled";
            /**
             * Format: date
             * @description The FOC date the carrier gave all its ports
             */
            foc_date: string | null;
        };
        /** OrderRequirements */
        OrderRequirements: {
            /** @enum {string} */
            loa: "missing" | "signed" | "uploaded";
            /** @enum {string} */
            invoice: "missing" | "uploaded";
        };
        /** PortOrder */
        PortOrder: {
            /** @description ord_ followed by 16 url-safe characters */
            id: string;
            /**
             * @description draft, in_progress, action_required (a port failed), completed, cancelled
             * @enum {string}
             */
            status: "draft" | "in_progress" | "action_required" | "completed" | "cancelled";
            numbers: components["schemas"]["OrderNumber"][];
            sub_orders: components["schemas"]["SubOrder"][];
            /** Format: date */
            requested_foc_date: string | null;
            requirements: components["schemas"]["OrderRequirements"];
            /** @description Whether the documents ORDER_REQUIREMENTS asks for are there (submit is refused otherwise) */
            requirements_met: boolean;
            counts: components["schemas"]["PortCounts"];
            /** @description Masked like a port’s */
            account_number: string;
            billing_phone: string;
            end_user_name: string;
            end_user_address: components["schemas"]["Address"];
            carrier_name: string | null;
            customer_reference: string | null;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
            /** Format: date-time */
            submitted_at: string | null;
            /** @description The porting desk asked you to act (see the order’s comments); cleared when you comment or correct the order */
            action_required: boolean;
        };
        /**
         * PortOrderResponse
         * @description A port order
         */
        PortOrderResponse: {
            /** @enum {boolean} */
            success: true;
            data: components["schemas"]["PortOrder"];
        };
        /**
         * PortOrderListResponse
         * @description Port orders, newest first
         */
        PortOrderListResponse: {
            /** @enum {boolean} */
            success: true;
            data: components["schemas"]["PortOrder"][];
            pagination: components["schemas"]["CursorPagination"];
        };
        /**
         * UpdateOrderRequest
         * @description While draft: any field. While action_required: the account details, which correct and resubmit every failed port.
         */
        UpdateOrderRequest: {
            /**
             * @description The numbers to port together, E.164, distinct (1 to 1000)
             * @example [
             *       "+14155551234",
             *       "+12125551234"
             *     ]
             */
            numbers?: string[];
            /**
             * @description Account number with the current provider
             * @example 123456789
             */
            account_number?: string;
            account_pin?: string | null;
            /**
             * @description Billing phone number on the account, in E.164 format
             * @example +14155551234
             */
            billing_phone?: string;
            /**
             * @description Name of the account holder
             * @example John Doe
             */
            end_user_name?: string;
            end_user_address?: components["schemas"]["Address"];
            carrier_name?: string | null;
            requested_foc_date?: string | null;
            customer_reference?: string | null;
        };
        /**
         * CancelOrderRequest
         * @description Optional: the reason for the cancellation
         */
        CancelOrderRequest: {
            /**
             * @description Why the order is cancelled; shown in each port’s messages
             * @example The customer is staying
             */
            reason?: string;
        };
        /** Document */
        Document: {
            /** @description doc_ followed by 16 url-safe characters */
            id: string;
            /**
             * @description loa (Letter of Authorization), invoice (a copy of the bill), csr (customer service record), other
             * @enum {string}
             */
            type: "loa" | "invoice" | "csr" | "other";
            /** @description The uploaded name, made safe, with the extension of what the file really is */
            filename: string;
            /**
             * @description Recognised from the bytes, never from the name or the declared type
             * @enum {string}
             */
            content_type: "application/pdf" | "image/png" | "image/jpeg";
            /** @description Bytes */
            size: number;
            /** @description SHA-256 of the bytes, hex */
            sha256: string;
            /** Format: date-time */
            created_at: string;
        };
        /**
         * DocumentListResponse
         * @description Documents, oldest first
         */
        DocumentListResponse: {
            /** @enum {boolean} */
            success: true;
            data: components["schemas"]["Document"][];
        };
        /**
         * DocumentUpload
         * @description multipart/form-data with the fields type and file
         */
        DocumentUpload: {
            /**
             * @description What the document is
             * @enum {string}
             */
            type: "loa" | "invoice" | "csr" | "other";
            /**
             * Format: binary
             * @description The file: PDF, PNG or JPEG (recognised by its content), at most 10 MiB
             */
            file: string;
        };
        /**
         * DocumentResponse
         * @description A document
         */
        DocumentResponse: {
            /** @enum {boolean} */
            success: true;
            data: components["schemas"]["Document"];
        };
        /**
         * CreateCommentRequest
         * @description A comment to the porting desk
         */
        CreateCommentRequest: {
            /**
             * @description The comment (1 to 5000 characters)
             * @example The carrier asks for a copy of the latest bill.
             */
            body: string;
        };
        /** CommentAuthor */
        CommentAuthor: {
            /**
             * @description The customer, or the porting desk
             * @enum {string}
             */
            kind: "customer" | "desk";
            /** @description The account’s name */
            name: string;
        };
        /** Comment */
        Comment: {
            /** @description cmt_ followed by 16 url-safe characters */
            id: string;
            body: string;
            author: components["schemas"]["CommentAuthor"];
            /**
             * @description public, or internal (the desk only; never shown to the customer)
             * @enum {string}
             */
            visibility: "public" | "internal";
            /** @description The desk asks the customer to act on this comment */
            action_required: boolean;
            /** Format: date-time */
            created_at: string;
        };
        /**
         * CommentResponse
         * @description A comment
         */
        CommentResponse: {
            /** @enum {boolean} */
            success: true;
            data: components["schemas"]["Comment"];
        };
        /**
         * CommentListResponse
         * @description Comments, oldest first
         */
        CommentListResponse: {
            /** @enum {boolean} */
            success: true;
            data: components["schemas"]["Comment"][];
        };
        /** DeletedDocument */
        DeletedDocument: {
            id: string;
            /** @enum {boolean} */
            deleted: true;
        };
        /**
         * DeletedDocumentResponse
         * @description The document is deleted
         */
        DeletedDocumentResponse: {
            /** @enum {boolean} */
            success: true;
            data: components["schemas"]["DeletedDocument"];
        };
        /**
         * SignLoaRequest
         * @description An electronic signature of the order’s Letter of Authorization
         */
        SignLoaRequest: {
            /**
             * @description Who signs: the account holder, or a person authorized to act for them
             * @example Jane Doe
             */
            signer_name: string;
            /**
             * @description Their title or role
             * @example Office Manager
             */
            signer_title: string;
            /**
             * @description Must be true: the signer agrees to sign this letter electronically
             * @enum {boolean}
             */
            consent: true;
        };
        /** DeskPort */
        DeskPort: {
            /** @description port_ followed by at least 12 url-safe characters */
            id: string;
            /** @description E.164 */
            number: string;
            /** @enum {string} */
            status: "pending" | "authorized" | "in_progress" | "completed" | "failed" | "cancelled";
            /** @enum {string} */
            carrier_status: "pending_transfer" | "foc_received" | "transfer_in_progress" | "ported" | "rejected" | "transfer_failed" | "cancelled";
            carrier_name: string | null;
            /** @description Masked: only the last characters show (at most 4, and never fewer than 4 are masked) */
            account_number: string;
            billing_phone: string;
            end_user_name: string;
            end_user_address: components["schemas"]["Address"];
            customer_reference: string | null;
            /** @description libphonenumber type, e.g. fixed_line_or_mobile */
            number_type: string;
            /** @description ISO 3166-1 alpha-2 region of the number */
            region: string;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
            /**
             * Format: date-time
             * @description When the port is expected to complete; null once final
             */
            estimated_completion: string | null;
            /** @description Who holds the number today (null only for ports older than the carrier directory) */
            losing_carrier: {
                name: string;
                /** @description NPAC Service Provider ID */
                spid: string;
                wireless: boolean;
                /** @description The carrier rejects a port without the account PIN */
                pin_required: boolean;
            } | null;
            /**
             * Format: date
             * @description The FOC date asked for
             */
            requested_foc_date?: string;
            /**
             * Format: date
             * @description Firm order commitment date, once authorized
             */
            foc_date?: string;
            /** Format: date-time */
            completed_at?: string;
            /** Format: date-time */
            failed_at?: string;
            /** Format: date-time */
            cancelled_at?: string;
            rejection?: components["schemas"]["Rejection"];
            /** @description The order this port is a number of */
            order_id?: string;
            /** @description Its sub-order (one losing carrier) */
            sub_order_id?: string;
            /** @description Human-readable progress notes, oldest first */
            messages: string[];
            /** @description The porting desk asked you to act (see the port’s comments); cleared when you comment or correct the port */
            action_required: boolean;
            /** @description The account the port belongs to */
            account_id: string;
        };
        /**
         * DeskPortListResponse
         * @description A page of ports of every account, newest first
         */
        DeskPortListResponse: {
            /** @enum {boolean} */
            success: true;
            data: components["schemas"]["DeskPort"][];
            pagination: components["schemas"]["Pagination"];
        };
        /**
         * CarrierListResponse
         * @description The losing carriers of the carrier directory
         */
        CarrierListResponse: {
            /** @enum {boolean} */
            success: true;
            data: components["schemas"]["LosingCarrier"][];
        };
        /**
         * DeskPortResponse
         * @description A port, with its account
         */
        DeskPortResponse: {
            /** @enum {boolean} */
            success: true;
            data: components["schemas"]["DeskPort"];
        };
        /**
         * DeskTransitionRequest
         * @description A move of a port by the porting desk
         */
        DeskTransitionRequest: {
            /**
             * @description The status to move the port to
             * @enum {string}
             */
            status: "pending" | "authorized" | "in_progress" | "completed" | "failed" | "cancelled";
            /**
             * @description Shown to the customer in messages and the history
             * @example FOC confirmed by the losing carrier.
             */
            message?: string;
            /**
             * @description With status authorized: the FOC date, a business day whose transfer window is still ahead (YYYY-MM-DD, or an ISO timestamp whose date in CALENDAR_TZ is meant)
             * @example 2026-12-01
             */
            foc_date?: string;
            /**
             * @description Required with status failed
             * @enum {string}
             */
            rejection_code?: "ACCOUNT_NUMBER_MISMATCH" | "PIN_INVALID" | "NUMBER_INACTIVE" | "ACCOUNT_DISPUTE" | "END_USER_MISMATCH" | "NUMBER_NOT_PORTABLE" | "TRANSFER_FAILED" | "OTHER";
        };
        /** SubOrderMove */
        SubOrderMove: {
            sub_order_id: string;
            /** @description The ports moved */
            moved: string[];
            order: components["schemas"]["PortOrder"];
        };
        /**
         * SubOrderMoveResponse
         * @description The ports that moved, and their order as it now stands
         */
        SubOrderMoveResponse: {
            /** @enum {boolean} */
            success: true;
            data: components["schemas"]["SubOrderMove"];
        };
        /**
         * DeskCommentRequest
         * @description A comment by the porting desk
         */
        DeskCommentRequest: {
            /**
             * @description The comment (1 to 5000 characters)
             * @example The carrier asks for a copy of the latest bill.
             */
            body: string;
            /**
             * @description public (default) or internal (never shown to the customer)
             * @enum {string}
             */
            visibility?: "public" | "internal";
            /** @description A public comment asking the customer to act: flags the port or order until the customer comments or corrects it */
            action_required?: boolean;
        };
        /** DeskDocument */
        DeskDocument: {
            /** @description doc_ followed by 16 url-safe characters */
            id: string;
            /**
             * @description loa (Letter of Authorization), invoice (a copy of the bill), csr (customer service record), other
             * @enum {string}
             */
            type: "loa" | "invoice" | "csr" | "other";
            /** @description The uploaded name, made safe, with the extension of what the file really is */
            filename: string;
            /**
             * @description Recognised from the bytes, never from the name or the declared type
             * @enum {string}
             */
            content_type: "application/pdf" | "image/png" | "image/jpeg";
            /** @description Bytes */
            size: number;
            /** @description SHA-256 of the bytes, hex */
            sha256: string;
            /** Format: date-time */
            created_at: string;
            /** @description The account the document belongs to */
            account_id: string;
            /** @description The order it is a document of (or null) */
            order_id: string | null;
            /** @description The port it is a document of (or null) */
            port_id: string | null;
        };
        /**
         * DeskDocumentResponse
         * @description A document, with its account and what it belongs to
         */
        DeskDocumentResponse: {
            /** @enum {boolean} */
            success: true;
            data: components["schemas"]["DeskDocument"];
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Who is signed in: null when no one is (no credentials, or a session that has ended) */
            200: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    /** @description The console session cookie (HttpOnly; SameSite=Strict; Secure under TLS), or its removal on sign-out */
                    "Set-Cookie"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CurrentSessionResponse"];
                };
            };
            /** @description The request is not valid (validation_failed, invalid_json) */
            400: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestError"];
                };
            };
            /** @description No, unknown or revoked X-Auth-Token (unauthorized) */
            401: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthorizedError"];
                };
            };
            /** @description Too many requests; see Retry-After (rate_limited) */
            429: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    /** @description When given: seconds to wait before retrying */
                    "Retry-After"?: number;
                    /** @description With RATE_LIMIT set: requests allowed per API key in the window */
                    "RateLimit-Limit"?: number;
                    /** @description With RATE_LIMIT set: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description With RATE_LIMIT set: seconds until the window starts anew */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RateLimitedError"];
                };
            };
            /** @description The service is shutting down or busy; retry shortly (service_unavailable) */
            503: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    /** @description When given: seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
            /** @description Any other error, in the error envelope: 500 internal (a generic message; quote the X-Request-Id), 405 method_not_allowed (with Allow) */
            default: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    /** @description On 405: the methods the path does serve */
                    Allow?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    createSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Sign in to the console with an API key */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateSessionRequest"];
            };
        };
        responses: {
            /** @description The console session */
            201: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    /** @description The console session cookie (HttpOnly; SameSite=Strict; Secure under TLS), or its removal on sign-out */
                    "Set-Cookie"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsoleSessionResponse"];
                };
            };
            /** @description The request is not valid (validation_failed, invalid_json) */
            400: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestError"];
                };
            };
            /** @description No, unknown or revoked X-Auth-Token (unauthorized) */
            401: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthorizedError"];
                };
            };
            /** @description The request body is larger than 64 KiB (payload_too_large) */
            413: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayloadTooLargeError"];
                };
            };
            /** @description The request body is not application/json (unsupported_media_type) */
            415: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnsupportedMediaTypeError"];
                };
            };
            /** @description Too many requests; see Retry-After (rate_limited) */
            429: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    /** @description When given: seconds to wait before retrying */
                    "Retry-After"?: number;
                    /** @description With RATE_LIMIT set: requests allowed per API key in the window */
                    "RateLimit-Limit"?: number;
                    /** @description With RATE_LIMIT set: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description With RATE_LIMIT set: seconds until the window starts anew */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RateLimitedError"];
                };
            };
            /** @description The service is shutting down or busy; retry shortly (service_unavailable) */
            503: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    /** @description When given: seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
            /** @description Any other error, in the error envelope: 500 internal (a generic message; quote the X-Request-Id), 405 method_not_allowed (with Allow) */
            default: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    /** @description On 405: the methods the path does serve */
                    Allow?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    deleteSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The session has ended */
            200: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    /** @description The console session cookie (HttpOnly; SameSite=Strict; Secure under TLS), or its removal on sign-out */
                    "Set-Cookie"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignedOutResponse"];
                };
            };
            /** @description The request is not valid (validation_failed, invalid_json) */
            400: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestError"];
                };
            };
            /** @description No, unknown or revoked X-Auth-Token (unauthorized) */
            401: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthorizedError"];
                };
            };
            /** @description The key may not use this endpoint (forbidden) */
            403: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description Too many requests; see Retry-After (rate_limited) */
            429: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    /** @description When given: seconds to wait before retrying */
                    "Retry-After"?: number;
                    /** @description With RATE_LIMIT set: requests allowed per API key in the window */
                    "RateLimit-Limit"?: number;
                    /** @description With RATE_LIMIT set: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description With RATE_LIMIT set: seconds until the window starts anew */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RateLimitedError"];
                };
            };
            /** @description The service is shutting down or busy; retry shortly (service_unavailable) */
            503: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    /** @description When given: seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
            /** @description Any other error, in the error envelope: 500 internal (a generic message; quote the X-Request-Id), 405 method_not_allowed (with Allow) */
            default: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    /** @description On 405: the methods the path does serve */
                    Allow?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listPorts: {
        parameters: {
            query?: {
                /**
                 * @description Only ports in this status
                 * @example pending
                 */
                status?: "pending" | "authorized" | "in_progress" | "completed" | "failed" | "cancelled";
                /**
                 * @description The last id of the previous page (its next_cursor): the page starts after it
                 * @example port_0F3kq9VqJx2m-Lpa
                 */
                after?: string;
                /**
                 * @description Page size, 1 to 100
                 * @example 20
                 */
                limit?: number;
                /**
                 * @description How many matching items to skip
                 * @example 0
                 */
                offset?: number;
                /**
                 * @description Only ports of this exact E.164 number (send + as %2B)
                 * @example +14155551234
                 */
                number?: string;
                /**
                 * @description Only the ports of this order
                 * @example ord_9fQ2kLm0Rt7wXb3k
                 */
                order_id?: string;
                /**
                 * @description true: only those the porting desk asked you to act on (see their comments); false: only the others
                 * @example true
                 */
                action_required?: boolean;
                /**
                 * @description Only the ports with this exact customer reference
                 * @example crm-77
                 */
                customer_reference?: string;
                /**
                 * @description Only the ports whose losing carrier has this SPID (losing_carrier.spid)
                 * @example 2002
                 */
                losing_carrier?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of ports, newest first */
            200: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortListResponse"];
                };
            };
            /** @description The request is not valid (validation_failed, invalid_json) */
            400: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestError"];
                };
            };
            /** @description No, unknown or revoked X-Auth-Token (unauthorized) */
            401: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthorizedError"];
                };
            };
            /** @description Too many requests; see Retry-After (rate_limited) */
            429: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    /** @description When given: seconds to wait before retrying */
                    "Retry-After"?: number;
                    /** @description With RATE_LIMIT set: requests allowed per API key in the window */
                    "RateLimit-Limit"?: number;
                    /** @description With RATE_LIMIT set: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description With RATE_LIMIT set: seconds until the window starts anew */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RateLimitedError"];
                };
            };
            /** @description The service is shutting down or busy; retry shortly (service_unavailable) */
            503: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    /** @description When given: seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
            /** @description Any other error, in the error envelope: 500 internal (a generic message; quote the X-Request-Id), 405 method_not_allowed (with Allow) */
            default: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    /** @description On 405: the methods the path does serve */
                    Allow?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    createPort: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a retried submission safe: the same key and body return the first answer; the key with another body is 422 idempotency_conflict
                 * @example order-1001
                 */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        /** @description A port request */
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubmitPortRequest"];
            };
        };
        responses: {
            /** @description A port */
            201: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    /** @description Where the created resource can be read (a path on this server) */
                    Location?: string;
                    /** @description `true` when this is the stored answer to an earlier request with the same Idempotency-Key */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortResponse"];
                };
            };
            /** @description The request is not valid (validation_failed, invalid_json) */
            400: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestError"];
                };
            };
            /** @description No, unknown or revoked X-Auth-Token (unauthorized) */
            401: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthorizedError"];
                };
            };
            /** @description A change made with a console session without the session’s X-CSRF-Token (forbidden) */
            403: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description The change conflicts with the state of the port or its number (port_exists, already_ported, invalid_transition, quota_exceeded) */
            409: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConflictError"];
                };
            };
            /** @description The request body is larger than 64 KiB (payload_too_large) */
            413: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayloadTooLargeError"];
                };
            };
            /** @description The request body is not application/json (unsupported_media_type) */
            415: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnsupportedMediaTypeError"];
                };
            };
            /** @description The request cannot be carried out as asked (idempotency_conflict, requirements_not_met, not_eligible) */
            422: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnprocessableError"];
                };
            };
            /** @description Too many requests; see Retry-After (rate_limited) */
            429: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    /** @description When given: seconds to wait before retrying */
                    "Retry-After"?: number;
                    /** @description With RATE_LIMIT set: requests allowed per API key in the window */
                    "RateLimit-Limit"?: number;
                    /** @description With RATE_LIMIT set: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description With RATE_LIMIT set: seconds until the window starts anew */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RateLimitedError"];
                };
            };
            /** @description The service is shutting down or busy; retry shortly (service_unavailable) */
            503: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    /** @description When given: seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
            /** @description Any other error, in the error envelope: 500 internal (a generic message; quote the X-Request-Id), 405 method_not_allowed (with Allow) */
            default: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    /** @description On 405: the methods the path does serve */
                    Allow?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    countPorts: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Ports by status */
            200: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortCountsResponse"];
                };
            };
            /** @description The request is not valid (validation_failed, invalid_json) */
            400: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestError"];
                };
            };
            /** @description No, unknown or revoked X-Auth-Token (unauthorized) */
            401: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthorizedError"];
                };
            };
            /** @description Too many requests; see Retry-After (rate_limited) */
            429: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    /** @description When given: seconds to wait before retrying */
                    "Retry-After"?: number;
                    /** @description With RATE_LIMIT set: requests allowed per API key in the window */
                    "RateLimit-Limit"?: number;
                    /** @description With RATE_LIMIT set: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description With RATE_LIMIT set: seconds until the window starts anew */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RateLimitedError"];
                };
            };
            /** @description The service is shutting down or busy; retry shortly (service_unavailable) */
            503: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    /** @description When given: seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
            /** @description Any other error, in the error envelope: 500 internal (a generic message; quote the X-Request-Id), 405 method_not_allowed (with Allow) */
            default: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    /** @description On 405: the methods the path does serve */
                    Allow?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getPort: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The port id
                 * @example port_0F3kq9VqJx2m-Lpa
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A port */
            200: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortResponse"];
                };
            };
            /** @description The request is not valid (validation_failed, invalid_json) */
            400: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestError"];
                };
            };
            /** @description No, unknown or revoked X-Auth-Token (unauthorized) */
            401: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthorizedError"];
                };
            };
            /** @description No such resource, or not yours (not_found) */
            404: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotFoundError"];
                };
            };
            /** @description Too many requests; see Retry-After (rate_limited) */
            429: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    /** @description When given: seconds to wait before retrying */
                    "Retry-After"?: number;
                    /** @description With RATE_LIMIT set: requests allowed per API key in the window */
                    "RateLimit-Limit"?: number;
                    /** @description With RATE_LIMIT set: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description With RATE_LIMIT set: seconds until the window starts anew */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RateLimitedError"];
                };
            };
            /** @description The service is shutting down or busy; retry shortly (service_unavailable) */
            503: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    /** @description When given: seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
            /** @description Any other error, in the error envelope: 500 internal (a generic message; quote the X-Request-Id), 405 method_not_allowed (with Allow) */
            default: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    /** @description On 405: the methods the path does serve */
                    Allow?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    correctPort: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The port id
                 * @example port_0F3kq9VqJx2m-Lpa
                 */
                id: string;
            };
            cookie?: never;
        };
        /** @description The account details to correct (at least one) */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CorrectPortRequest"];
            };
        };
        responses: {
            /** @description A port */
            200: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortResponse"];
                };
            };
            /** @description The request is not valid (validation_failed, invalid_json) */
            400: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestError"];
                };
            };
            /** @description No, unknown or revoked X-Auth-Token (unauthorized) */
            401: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthorizedError"];
                };
            };
            /** @description A change made with a console session without the session’s X-CSRF-Token (forbidden) */
            403: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description No such resource, or not yours (not_found) */
            404: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotFoundError"];
                };
            };
            /** @description The change conflicts with the state of the port or its number (port_exists, already_ported, invalid_transition, quota_exceeded) */
            409: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConflictError"];
                };
            };
            /** @description The request body is larger than 64 KiB (payload_too_large) */
            413: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayloadTooLargeError"];
                };
            };
            /** @description The request body is not application/json (unsupported_media_type) */
            415: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnsupportedMediaTypeError"];
                };
            };
            /** @description Too many requests; see Retry-After (rate_limited) */
            429: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    /** @description When given: seconds to wait before retrying */
                    "Retry-After"?: number;
                    /** @description With RATE_LIMIT set: requests allowed per API key in the window */
                    "RateLimit-Limit"?: number;
                    /** @description With RATE_LIMIT set: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description With RATE_LIMIT set: seconds until the window starts anew */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RateLimitedError"];
                };
            };
            /** @description The service is shutting down or busy; retry shortly (service_unavailable) */
            503: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    /** @description When given: seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
            /** @description Any other error, in the error envelope: 500 internal (a generic message; quote the X-Request-Id), 405 method_not_allowed (with Allow) */
            default: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    /** @description On 405: the methods the path does serve */
                    Allow?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getPortHistory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The port id
                 * @example port_0F3kq9VqJx2m-Lpa
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The status history of a port, oldest first */
            200: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortHistoryResponse"];
                };
            };
            /** @description The request is not valid (validation_failed, invalid_json) */
            400: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestError"];
                };
            };
            /** @description No, unknown or revoked X-Auth-Token (unauthorized) */
            401: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthorizedError"];
                };
            };
            /** @description No such resource, or not yours (not_found) */
            404: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotFoundError"];
                };
            };
            /** @description Too many requests; see Retry-After (rate_limited) */
            429: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    /** @description When given: seconds to wait before retrying */
                    "Retry-After"?: number;
                    /** @description With RATE_LIMIT set: requests allowed per API key in the window */
                    "RateLimit-Limit"?: number;
                    /** @description With RATE_LIMIT set: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description With RATE_LIMIT set: seconds until the window starts anew */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RateLimitedError"];
                };
            };
            /** @description The service is shutting down or busy; retry shortly (service_unavailable) */
            503: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    /** @description When given: seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
            /** @description Any other error, in the error envelope: 500 internal (a generic message; quote the X-Request-Id), 405 method_not_allowed (with Allow) */
            default: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    /** @description On 405: the methods the path does serve */
                    Allow?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    cancelPort: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The port id
                 * @example port_0F3kq9VqJx2m-Lpa
                 */
                id: string;
            };
            cookie?: never;
        };
        /** @description Optional: the reason for the cancellation */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["CancelPortRequest"];
            };
        };
        responses: {
            /** @description A port */
            200: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortResponse"];
                };
            };
            /** @description The request is not valid (validation_failed, invalid_json) */
            400: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestError"];
                };
            };
            /** @description No, unknown or revoked X-Auth-Token (unauthorized) */
            401: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthorizedError"];
                };
            };
            /** @description A change made with a console session without the session’s X-CSRF-Token (forbidden) */
            403: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description No such resource, or not yours (not_found) */
            404: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotFoundError"];
                };
            };
            /** @description The change conflicts with the state of the port or its number (port_exists, already_ported, invalid_transition, quota_exceeded) */
            409: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConflictError"];
                };
            };
            /** @description The request body is larger than 64 KiB (payload_too_large) */
            413: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayloadTooLargeError"];
                };
            };
            /** @description The request body is not application/json (unsupported_media_type) */
            415: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnsupportedMediaTypeError"];
                };
            };
            /** @description Too many requests; see Retry-After (rate_limited) */
            429: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    /** @description When given: seconds to wait before retrying */
                    "Retry-After"?: number;
                    /** @description With RATE_LIMIT set: requests allowed per API key in the window */
                    "RateLimit-Limit"?: number;
                    /** @description With RATE_LIMIT set: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description With RATE_LIMIT set: seconds until the window starts anew */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RateLimitedError"];
                };
            };
            /** @description The service is shutting down or busy; retry shortly (service_unavailable) */
            503: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    /** @description When given: seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
            /** @description Any other error, in the error envelope: 500 internal (a generic message; quote the X-Request-Id), 405 method_not_allowed (with Allow) */
            default: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    /** @description On 405: the methods the path does serve */
                    Allow?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listEvents: {
        parameters: {
            query?: {
                /**
                 * @description The id of the last event you have seen (the previous page’s next_cursor)
                 * @example evt_Xb3kq9VqJx2m-Lpa
                 */
                after?: string;
                /**
                 * @description Page size, 1 to 100
                 * @example 20
                 */
                limit?: number;
                /**
                 * @description Only events of this type
                 * @example port.status_changed
                 */
                type?: "port.created" | "port.status_changed" | "port.updated" | "port.comment_created" | "order.created" | "order.status_changed" | "order.comment_created" | "webhook.test";
                /**
                 * @description Only events about this port
                 * @example port_0F3kq9VqJx2m-Lpa
                 */
                port_id?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Events of your account, oldest first */
            200: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventListResponse"];
                };
            };
            /** @description The request is not valid (validation_failed, invalid_json) */
            400: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestError"];
                };
            };
            /** @description No, unknown or revoked X-Auth-Token (unauthorized) */
            401: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthorizedError"];
                };
            };
            /** @description Too many requests; see Retry-After (rate_limited) */
            429: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    /** @description When given: seconds to wait before retrying */
                    "Retry-After"?: number;
                    /** @description With RATE_LIMIT set: requests allowed per API key in the window */
                    "RateLimit-Limit"?: number;
                    /** @description With RATE_LIMIT set: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description With RATE_LIMIT set: seconds until the window starts anew */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RateLimitedError"];
                };
            };
            /** @description The service is shutting down or busy; retry shortly (service_unavailable) */
            503: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    /** @description When given: seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
            /** @description Any other error, in the error envelope: 500 internal (a generic message; quote the X-Request-Id), 405 method_not_allowed (with Allow) */
            default: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    /** @description On 405: the methods the path does serve */
                    Allow?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getEvent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The event id
                 * @example evt_Xb3kq9VqJx2m-Lpa
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An event */
            200: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventResponse"];
                };
            };
            /** @description The request is not valid (validation_failed, invalid_json) */
            400: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestError"];
                };
            };
            /** @description No, unknown or revoked X-Auth-Token (unauthorized) */
            401: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthorizedError"];
                };
            };
            /** @description No such resource, or not yours (not_found) */
            404: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotFoundError"];
                };
            };
            /** @description Too many requests; see Retry-After (rate_limited) */
            429: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    /** @description When given: seconds to wait before retrying */
                    "Retry-After"?: number;
                    /** @description With RATE_LIMIT set: requests allowed per API key in the window */
                    "RateLimit-Limit"?: number;
                    /** @description With RATE_LIMIT set: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description With RATE_LIMIT set: seconds until the window starts anew */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RateLimitedError"];
                };
            };
            /** @description The service is shutting down or busy; retry shortly (service_unavailable) */
            503: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    /** @description When given: seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
            /** @description Any other error, in the error envelope: 500 internal (a generic message; quote the X-Request-Id), 405 method_not_allowed (with Allow) */
            default: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    /** @description On 405: the methods the path does serve */
                    Allow?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listWebhooks: {
        parameters: {
            query?: {
                /**
                 * @description The last id of the previous page (its next_cursor): the page starts after it
                 * @example port_0F3kq9VqJx2m-Lpa
                 */
                after?: string;
                /**
                 * @description Page size, 1 to 100
                 * @example 20
                 */
                limit?: number;
                /**
                 * @description How many matching items to skip
                 * @example 0
                 */
                offset?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Your webhook endpoints, newest first */
            200: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookListResponse"];
                };
            };
            /** @description The request is not valid (validation_failed, invalid_json) */
            400: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestError"];
                };
            };
            /** @description No, unknown or revoked X-Auth-Token (unauthorized) */
            401: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthorizedError"];
                };
            };
            /** @description Too many requests; see Retry-After (rate_limited) */
            429: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    /** @description When given: seconds to wait before retrying */
                    "Retry-After"?: number;
                    /** @description With RATE_LIMIT set: requests allowed per API key in the window */
                    "RateLimit-Limit"?: number;
                    /** @description With RATE_LIMIT set: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description With RATE_LIMIT set: seconds until the window starts anew */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RateLimitedError"];
                };
            };
            /** @description The service is shutting down or busy; retry shortly (service_unavailable) */
            503: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    /** @description When given: seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
            /** @description Any other error, in the error envelope: 500 internal (a generic message; quote the X-Request-Id), 405 method_not_allowed (with Allow) */
            default: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    /** @description On 405: the methods the path does serve */
                    Allow?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
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
        /** @description A webhook endpoint */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateWebhookRequest"];
            };
        };
        responses: {
            /** @description The new endpoint, with its secret (shown once) */
            201: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    /** @description Where the created resource can be read (a path on this server) */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedWebhookResponse"];
                };
            };
            /** @description The request is not valid (validation_failed, invalid_json) */
            400: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestError"];
                };
            };
            /** @description No, unknown or revoked X-Auth-Token (unauthorized) */
            401: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthorizedError"];
                };
            };
            /** @description A change made with a console session without the session’s X-CSRF-Token (forbidden) */
            403: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description The request body is larger than 64 KiB (payload_too_large) */
            413: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayloadTooLargeError"];
                };
            };
            /** @description The request body is not application/json (unsupported_media_type) */
            415: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnsupportedMediaTypeError"];
                };
            };
            /** @description Too many requests; see Retry-After (rate_limited) */
            429: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    /** @description When given: seconds to wait before retrying */
                    "Retry-After"?: number;
                    /** @description With RATE_LIMIT set: requests allowed per API key in the window */
                    "RateLimit-Limit"?: number;
                    /** @description With RATE_LIMIT set: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description With RATE_LIMIT set: seconds until the window starts anew */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RateLimitedError"];
                };
            };
            /** @description The service is shutting down or busy; retry shortly (service_unavailable) */
            503: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    /** @description When given: seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
            /** @description Any other error, in the error envelope: 500 internal (a generic message; quote the X-Request-Id), 405 method_not_allowed (with Allow) */
            default: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    /** @description On 405: the methods the path does serve */
                    Allow?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The endpoint id
                 * @example whk_8k2Jd0aPq7Lm3Rt9
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A webhook endpoint */
            200: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookResponse"];
                };
            };
            /** @description The request is not valid (validation_failed, invalid_json) */
            400: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestError"];
                };
            };
            /** @description No, unknown or revoked X-Auth-Token (unauthorized) */
            401: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthorizedError"];
                };
            };
            /** @description No such resource, or not yours (not_found) */
            404: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotFoundError"];
                };
            };
            /** @description Too many requests; see Retry-After (rate_limited) */
            429: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    /** @description When given: seconds to wait before retrying */
                    "Retry-After"?: number;
                    /** @description With RATE_LIMIT set: requests allowed per API key in the window */
                    "RateLimit-Limit"?: number;
                    /** @description With RATE_LIMIT set: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description With RATE_LIMIT set: seconds until the window starts anew */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RateLimitedError"];
                };
            };
            /** @description The service is shutting down or busy; retry shortly (service_unavailable) */
            503: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    /** @description When given: seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
            /** @description Any other error, in the error envelope: 500 internal (a generic message; quote the X-Request-Id), 405 method_not_allowed (with Allow) */
            default: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    /** @description On 405: the methods the path does serve */
                    Allow?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    deleteWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The endpoint id
                 * @example whk_8k2Jd0aPq7Lm3Rt9
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The endpoint is gone */
            200: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeletedWebhookResponse"];
                };
            };
            /** @description The request is not valid (validation_failed, invalid_json) */
            400: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestError"];
                };
            };
            /** @description No, unknown or revoked X-Auth-Token (unauthorized) */
            401: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthorizedError"];
                };
            };
            /** @description A change made with a console session without the session’s X-CSRF-Token (forbidden) */
            403: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description No such resource, or not yours (not_found) */
            404: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotFoundError"];
                };
            };
            /** @description Too many requests; see Retry-After (rate_limited) */
            429: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    /** @description When given: seconds to wait before retrying */
                    "Retry-After"?: number;
                    /** @description With RATE_LIMIT set: requests allowed per API key in the window */
                    "RateLimit-Limit"?: number;
                    /** @description With RATE_LIMIT set: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description With RATE_LIMIT set: seconds until the window starts anew */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RateLimitedError"];
                };
            };
            /** @description The service is shutting down or busy; retry shortly (service_unavailable) */
            503: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    /** @description When given: seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
            /** @description Any other error, in the error envelope: 500 internal (a generic message; quote the X-Request-Id), 405 method_not_allowed (with Allow) */
            default: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    /** @description On 405: the methods the path does serve */
                    Allow?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    updateWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The endpoint id
                 * @example whk_8k2Jd0aPq7Lm3Rt9
                 */
                id: string;
            };
            cookie?: never;
        };
        /** @description The fields to change (at least one) */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateWebhookRequest"];
            };
        };
        responses: {
            /** @description A webhook endpoint */
            200: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookResponse"];
                };
            };
            /** @description The request is not valid (validation_failed, invalid_json) */
            400: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestError"];
                };
            };
            /** @description No, unknown or revoked X-Auth-Token (unauthorized) */
            401: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthorizedError"];
                };
            };
            /** @description A change made with a console session without the session’s X-CSRF-Token (forbidden) */
            403: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description No such resource, or not yours (not_found) */
            404: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotFoundError"];
                };
            };
            /** @description The request body is larger than 64 KiB (payload_too_large) */
            413: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayloadTooLargeError"];
                };
            };
            /** @description The request body is not application/json (unsupported_media_type) */
            415: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnsupportedMediaTypeError"];
                };
            };
            /** @description Too many requests; see Retry-After (rate_limited) */
            429: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    /** @description When given: seconds to wait before retrying */
                    "Retry-After"?: number;
                    /** @description With RATE_LIMIT set: requests allowed per API key in the window */
                    "RateLimit-Limit"?: number;
                    /** @description With RATE_LIMIT set: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description With RATE_LIMIT set: seconds until the window starts anew */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RateLimitedError"];
                };
            };
            /** @description The service is shutting down or busy; retry shortly (service_unavailable) */
            503: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    /** @description When given: seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
            /** @description Any other error, in the error envelope: 500 internal (a generic message; quote the X-Request-Id), 405 method_not_allowed (with Allow) */
            default: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    /** @description On 405: the methods the path does serve */
                    Allow?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    rotateWebhookSecret: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The endpoint id
                 * @example whk_8k2Jd0aPq7Lm3Rt9
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The new secret (shown once) */
            200: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookSecretResponse"];
                };
            };
            /** @description The request is not valid (validation_failed, invalid_json) */
            400: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestError"];
                };
            };
            /** @description No, unknown or revoked X-Auth-Token (unauthorized) */
            401: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthorizedError"];
                };
            };
            /** @description A change made with a console session without the session’s X-CSRF-Token (forbidden) */
            403: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description No such resource, or not yours (not_found) */
            404: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotFoundError"];
                };
            };
            /** @description Too many requests; see Retry-After (rate_limited) */
            429: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    /** @description When given: seconds to wait before retrying */
                    "Retry-After"?: number;
                    /** @description With RATE_LIMIT set: requests allowed per API key in the window */
                    "RateLimit-Limit"?: number;
                    /** @description With RATE_LIMIT set: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description With RATE_LIMIT set: seconds until the window starts anew */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RateLimitedError"];
                };
            };
            /** @description The service is shutting down or busy; retry shortly (service_unavailable) */
            503: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    /** @description When given: seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
            /** @description Any other error, in the error envelope: 500 internal (a generic message; quote the X-Request-Id), 405 method_not_allowed (with Allow) */
            default: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    /** @description On 405: the methods the path does serve */
                    Allow?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    testWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The endpoint id
                 * @example whk_8k2Jd0aPq7Lm3Rt9
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A webhook.test event was queued for this endpoint */
            202: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookTestResponse"];
                };
            };
            /** @description The request is not valid (validation_failed, invalid_json) */
            400: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestError"];
                };
            };
            /** @description No, unknown or revoked X-Auth-Token (unauthorized) */
            401: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthorizedError"];
                };
            };
            /** @description A change made with a console session without the session’s X-CSRF-Token (forbidden) */
            403: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description No such resource, or not yours (not_found) */
            404: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotFoundError"];
                };
            };
            /** @description The change conflicts with the state of the port or its number (port_exists, already_ported, invalid_transition, quota_exceeded) */
            409: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConflictError"];
                };
            };
            /** @description Too many requests; see Retry-After (rate_limited) */
            429: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    /** @description When given: seconds to wait before retrying */
                    "Retry-After"?: number;
                    /** @description With RATE_LIMIT set: requests allowed per API key in the window */
                    "RateLimit-Limit"?: number;
                    /** @description With RATE_LIMIT set: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description With RATE_LIMIT set: seconds until the window starts anew */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RateLimitedError"];
                };
            };
            /** @description The service is shutting down or busy; retry shortly (service_unavailable) */
            503: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    /** @description When given: seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
            /** @description Any other error, in the error envelope: 500 internal (a generic message; quote the X-Request-Id), 405 method_not_allowed (with Allow) */
            default: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    /** @description On 405: the methods the path does serve */
                    Allow?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listWebhookDeliveries: {
        parameters: {
            query?: {
                /**
                 * @description Only deliveries in this state
                 * @example failed
                 */
                status?: "pending" | "succeeded" | "failed";
                /**
                 * @description Page size, 1 to 100
                 * @example 20
                 */
                limit?: number;
                /**
                 * @description The last delivery id of the previous page (its next_cursor)
                 * @example dlv_Xb3kq9VqJx2m-Lpa8k2Jd0aPq7Lm3Rt9
                 */
                after?: string;
            };
            header?: never;
            path: {
                /**
                 * @description The endpoint id
                 * @example whk_8k2Jd0aPq7Lm3Rt9
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The endpoint’s deliveries, newest first */
            200: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeliveryListResponse"];
                };
            };
            /** @description The request is not valid (validation_failed, invalid_json) */
            400: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestError"];
                };
            };
            /** @description No, unknown or revoked X-Auth-Token (unauthorized) */
            401: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthorizedError"];
                };
            };
            /** @description No such resource, or not yours (not_found) */
            404: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotFoundError"];
                };
            };
            /** @description Too many requests; see Retry-After (rate_limited) */
            429: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    /** @description When given: seconds to wait before retrying */
                    "Retry-After"?: number;
                    /** @description With RATE_LIMIT set: requests allowed per API key in the window */
                    "RateLimit-Limit"?: number;
                    /** @description With RATE_LIMIT set: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description With RATE_LIMIT set: seconds until the window starts anew */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RateLimitedError"];
                };
            };
            /** @description The service is shutting down or busy; retry shortly (service_unavailable) */
            503: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    /** @description When given: seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
            /** @description Any other error, in the error envelope: 500 internal (a generic message; quote the X-Request-Id), 405 method_not_allowed (with Allow) */
            default: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    /** @description On 405: the methods the path does serve */
                    Allow?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getWebhookDelivery: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The endpoint id
                 * @example whk_8k2Jd0aPq7Lm3Rt9
                 */
                id: string;
                /**
                 * @description The delivery id
                 * @example dlv_Xb3kq9VqJx2m-Lpa8k2Jd0aPq7Lm3Rt9
                 */
                delivery_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A delivery with its attempts */
            200: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeliveryDetailResponse"];
                };
            };
            /** @description The request is not valid (validation_failed, invalid_json) */
            400: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestError"];
                };
            };
            /** @description No, unknown or revoked X-Auth-Token (unauthorized) */
            401: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthorizedError"];
                };
            };
            /** @description No such resource, or not yours (not_found) */
            404: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotFoundError"];
                };
            };
            /** @description Too many requests; see Retry-After (rate_limited) */
            429: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    /** @description When given: seconds to wait before retrying */
                    "Retry-After"?: number;
                    /** @description With RATE_LIMIT set: requests allowed per API key in the window */
                    "RateLimit-Limit"?: number;
                    /** @description With RATE_LIMIT set: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description With RATE_LIMIT set: seconds until the window starts anew */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RateLimitedError"];
                };
            };
            /** @description The service is shutting down or busy; retry shortly (service_unavailable) */
            503: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    /** @description When given: seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
            /** @description Any other error, in the error envelope: 500 internal (a generic message; quote the X-Request-Id), 405 method_not_allowed (with Allow) */
            default: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    /** @description On 405: the methods the path does serve */
                    Allow?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    retryWebhookDelivery: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The endpoint id
                 * @example whk_8k2Jd0aPq7Lm3Rt9
                 */
                id: string;
                /**
                 * @description The delivery id
                 * @example dlv_Xb3kq9VqJx2m-Lpa8k2Jd0aPq7Lm3Rt9
                 */
                delivery_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The delivery, queued for one more attempt now */
            202: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeliveryResponse"];
                };
            };
            /** @description The request is not valid (validation_failed, invalid_json) */
            400: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestError"];
                };
            };
            /** @description No, unknown or revoked X-Auth-Token (unauthorized) */
            401: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthorizedError"];
                };
            };
            /** @description A change made with a console session without the session’s X-CSRF-Token (forbidden) */
            403: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description No such resource, or not yours (not_found) */
            404: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotFoundError"];
                };
            };
            /** @description The change conflicts with the state of the port or its number (port_exists, already_ported, invalid_transition, quota_exceeded) */
            409: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConflictError"];
                };
            };
            /** @description Too many requests; see Retry-After (rate_limited) */
            429: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    /** @description When given: seconds to wait before retrying */
                    "Retry-After"?: number;
                    /** @description With RATE_LIMIT set: requests allowed per API key in the window */
                    "RateLimit-Limit"?: number;
                    /** @description With RATE_LIMIT set: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description With RATE_LIMIT set: seconds until the window starts anew */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RateLimitedError"];
                };
            };
            /** @description The service is shutting down or busy; retry shortly (service_unavailable) */
            503: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    /** @description When given: seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
            /** @description Any other error, in the error envelope: 500 internal (a generic message; quote the X-Request-Id), 405 method_not_allowed (with Allow) */
            default: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    /** @description On 405: the methods the path does serve */
                    Allow?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    checkPortability: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Numbers to check */
        requestBody: {
            content: {
                "application/json": components["schemas"]["PortabilityCheckRequest"];
            };
        };
        responses: {
            /** @description One entry per number given, in order */
            200: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortabilityCheckResponse"];
                };
            };
            /** @description The request is not valid (validation_failed, invalid_json) */
            400: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestError"];
                };
            };
            /** @description No, unknown or revoked X-Auth-Token (unauthorized) */
            401: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthorizedError"];
                };
            };
            /** @description A change made with a console session without the session’s X-CSRF-Token (forbidden) */
            403: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description The request body is larger than 64 KiB (payload_too_large) */
            413: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayloadTooLargeError"];
                };
            };
            /** @description The request body is not application/json (unsupported_media_type) */
            415: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnsupportedMediaTypeError"];
                };
            };
            /** @description Too many requests; see Retry-After (rate_limited) */
            429: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    /** @description When given: seconds to wait before retrying */
                    "Retry-After"?: number;
                    /** @description With RATE_LIMIT set: requests allowed per API key in the window */
                    "RateLimit-Limit"?: number;
                    /** @description With RATE_LIMIT set: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description With RATE_LIMIT set: seconds until the window starts anew */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RateLimitedError"];
                };
            };
            /** @description The service is shutting down or busy; retry shortly (service_unavailable) */
            503: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    /** @description When given: seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
            /** @description Any other error, in the error envelope: 500 internal (a generic message; quote the X-Request-Id), 405 method_not_allowed (with Allow) */
            default: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    /** @description On 405: the methods the path does serve */
                    Allow?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listFocDates: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The FOC dates you may ask for now */
            200: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FocDatesResponse"];
                };
            };
            /** @description The request is not valid (validation_failed, invalid_json) */
            400: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestError"];
                };
            };
            /** @description No, unknown or revoked X-Auth-Token (unauthorized) */
            401: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthorizedError"];
                };
            };
            /** @description Too many requests; see Retry-After (rate_limited) */
            429: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    /** @description When given: seconds to wait before retrying */
                    "Retry-After"?: number;
                    /** @description With RATE_LIMIT set: requests allowed per API key in the window */
                    "RateLimit-Limit"?: number;
                    /** @description With RATE_LIMIT set: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description With RATE_LIMIT set: seconds until the window starts anew */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RateLimitedError"];
                };
            };
            /** @description The service is shutting down or busy; retry shortly (service_unavailable) */
            503: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    /** @description When given: seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
            /** @description Any other error, in the error envelope: 500 internal (a generic message; quote the X-Request-Id), 405 method_not_allowed (with Allow) */
            default: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    /** @description On 405: the methods the path does serve */
                    Allow?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listPortOrders: {
        parameters: {
            query?: {
                /**
                 * @description Only orders in this status
                 * @example action_required
                 */
                status?: "draft" | "in_progress" | "action_required" | "completed" | "cancelled";
                /**
                 * @description true: only those the porting desk asked you to act on (see their comments); false: only the others
                 * @example true
                 */
                action_required?: boolean;
                /**
                 * @description false: only orders still missing a document ORDER_REQUIREMENTS asks for; true: only the others
                 * @example false
                 */
                requirements_met?: boolean;
                /**
                 * @description Page size, 1 to 100
                 * @example 20
                 */
                limit?: number;
                /**
                 * @description The last order id of the previous page (its next_cursor)
                 * @example ord_9fQ2kLm0Rt7wXb3k
                 */
                after?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Port orders, newest first */
            200: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortOrderListResponse"];
                };
            };
            /** @description The request is not valid (validation_failed, invalid_json) */
            400: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestError"];
                };
            };
            /** @description No, unknown or revoked X-Auth-Token (unauthorized) */
            401: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthorizedError"];
                };
            };
            /** @description Too many requests; see Retry-After (rate_limited) */
            429: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    /** @description When given: seconds to wait before retrying */
                    "Retry-After"?: number;
                    /** @description With RATE_LIMIT set: requests allowed per API key in the window */
                    "RateLimit-Limit"?: number;
                    /** @description With RATE_LIMIT set: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description With RATE_LIMIT set: seconds until the window starts anew */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RateLimitedError"];
                };
            };
            /** @description The service is shutting down or busy; retry shortly (service_unavailable) */
            503: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    /** @description When given: seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
            /** @description Any other error, in the error envelope: 500 internal (a generic message; quote the X-Request-Id), 405 method_not_allowed (with Allow) */
            default: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    /** @description On 405: the methods the path does serve */
                    Allow?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    createPortOrder: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Makes a retried submission safe: the same key and body return the first answer; the key with another body is 422 idempotency_conflict
                 * @example order-1001
                 */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        /** @description A port order: many numbers with one set of account details */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateOrderRequest"];
            };
        };
        responses: {
            /** @description A port order */
            201: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    /** @description Where the created resource can be read (a path on this server) */
                    Location?: string;
                    /** @description `true` when this is the stored answer to an earlier request with the same Idempotency-Key */
                    "Idempotent-Replayed"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortOrderResponse"];
                };
            };
            /** @description The request is not valid (validation_failed, invalid_json) */
            400: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestError"];
                };
            };
            /** @description No, unknown or revoked X-Auth-Token (unauthorized) */
            401: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthorizedError"];
                };
            };
            /** @description A change made with a console session without the session’s X-CSRF-Token (forbidden) */
            403: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description The request body is larger than 64 KiB (payload_too_large) */
            413: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayloadTooLargeError"];
                };
            };
            /** @description The request body is not application/json (unsupported_media_type) */
            415: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnsupportedMediaTypeError"];
                };
            };
            /** @description The request cannot be carried out as asked (idempotency_conflict, requirements_not_met, not_eligible) */
            422: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnprocessableError"];
                };
            };
            /** @description Too many requests; see Retry-After (rate_limited) */
            429: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    /** @description When given: seconds to wait before retrying */
                    "Retry-After"?: number;
                    /** @description With RATE_LIMIT set: requests allowed per API key in the window */
                    "RateLimit-Limit"?: number;
                    /** @description With RATE_LIMIT set: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description With RATE_LIMIT set: seconds until the window starts anew */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RateLimitedError"];
                };
            };
            /** @description The service is shutting down or busy; retry shortly (service_unavailable) */
            503: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    /** @description When given: seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
            /** @description Any other error, in the error envelope: 500 internal (a generic message; quote the X-Request-Id), 405 method_not_allowed (with Allow) */
            default: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    /** @description On 405: the methods the path does serve */
                    Allow?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getPortOrder: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The order id
                 * @example ord_9fQ2kLm0Rt7wXb3k
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A port order */
            200: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortOrderResponse"];
                };
            };
            /** @description The request is not valid (validation_failed, invalid_json) */
            400: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestError"];
                };
            };
            /** @description No, unknown or revoked X-Auth-Token (unauthorized) */
            401: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthorizedError"];
                };
            };
            /** @description No such resource, or not yours (not_found) */
            404: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotFoundError"];
                };
            };
            /** @description Too many requests; see Retry-After (rate_limited) */
            429: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    /** @description When given: seconds to wait before retrying */
                    "Retry-After"?: number;
                    /** @description With RATE_LIMIT set: requests allowed per API key in the window */
                    "RateLimit-Limit"?: number;
                    /** @description With RATE_LIMIT set: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description With RATE_LIMIT set: seconds until the window starts anew */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RateLimitedError"];
                };
            };
            /** @description The service is shutting down or busy; retry shortly (service_unavailable) */
            503: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    /** @description When given: seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
            /** @description Any other error, in the error envelope: 500 internal (a generic message; quote the X-Request-Id), 405 method_not_allowed (with Allow) */
            default: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    /** @description On 405: the methods the path does serve */
                    Allow?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    updatePortOrder: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The order id
                 * @example ord_9fQ2kLm0Rt7wXb3k
                 */
                id: string;
            };
            cookie?: never;
        };
        /** @description While draft: any field. While action_required: the account details, which correct and resubmit every failed port. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateOrderRequest"];
            };
        };
        responses: {
            /** @description A port order */
            200: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortOrderResponse"];
                };
            };
            /** @description The request is not valid (validation_failed, invalid_json) */
            400: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestError"];
                };
            };
            /** @description No, unknown or revoked X-Auth-Token (unauthorized) */
            401: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthorizedError"];
                };
            };
            /** @description A change made with a console session without the session’s X-CSRF-Token (forbidden) */
            403: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description No such resource, or not yours (not_found) */
            404: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotFoundError"];
                };
            };
            /** @description The change conflicts with the state of the port or its number (port_exists, already_ported, invalid_transition, quota_exceeded) */
            409: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConflictError"];
                };
            };
            /** @description The request body is larger than 64 KiB (payload_too_large) */
            413: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayloadTooLargeError"];
                };
            };
            /** @description The request body is not application/json (unsupported_media_type) */
            415: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnsupportedMediaTypeError"];
                };
            };
            /** @description Too many requests; see Retry-After (rate_limited) */
            429: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    /** @description When given: seconds to wait before retrying */
                    "Retry-After"?: number;
                    /** @description With RATE_LIMIT set: requests allowed per API key in the window */
                    "RateLimit-Limit"?: number;
                    /** @description With RATE_LIMIT set: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description With RATE_LIMIT set: seconds until the window starts anew */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RateLimitedError"];
                };
            };
            /** @description The service is shutting down or busy; retry shortly (service_unavailable) */
            503: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    /** @description When given: seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
            /** @description Any other error, in the error envelope: 500 internal (a generic message; quote the X-Request-Id), 405 method_not_allowed (with Allow) */
            default: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    /** @description On 405: the methods the path does serve */
                    Allow?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    submitPortOrder: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The order id
                 * @example ord_9fQ2kLm0Rt7wXb3k
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A port order */
            200: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortOrderResponse"];
                };
            };
            /** @description The request is not valid (validation_failed, invalid_json) */
            400: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestError"];
                };
            };
            /** @description No, unknown or revoked X-Auth-Token (unauthorized) */
            401: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthorizedError"];
                };
            };
            /** @description A change made with a console session without the session’s X-CSRF-Token (forbidden) */
            403: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description No such resource, or not yours (not_found) */
            404: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotFoundError"];
                };
            };
            /** @description The change conflicts with the state of the port or its number (port_exists, already_ported, invalid_transition, quota_exceeded) */
            409: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConflictError"];
                };
            };
            /** @description The request cannot be carried out as asked (idempotency_conflict, requirements_not_met, not_eligible) */
            422: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnprocessableError"];
                };
            };
            /** @description Too many requests; see Retry-After (rate_limited) */
            429: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    /** @description When given: seconds to wait before retrying */
                    "Retry-After"?: number;
                    /** @description With RATE_LIMIT set: requests allowed per API key in the window */
                    "RateLimit-Limit"?: number;
                    /** @description With RATE_LIMIT set: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description With RATE_LIMIT set: seconds until the window starts anew */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RateLimitedError"];
                };
            };
            /** @description The service is shutting down or busy; retry shortly (service_unavailable) */
            503: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    /** @description When given: seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
            /** @description Any other error, in the error envelope: 500 internal (a generic message; quote the X-Request-Id), 405 method_not_allowed (with Allow) */
            default: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    /** @description On 405: the methods the path does serve */
                    Allow?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    cancelPortOrder: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The order id
                 * @example ord_9fQ2kLm0Rt7wXb3k
                 */
                id: string;
            };
            cookie?: never;
        };
        /** @description Optional: the reason for the cancellation */
        requestBody?: {
            content: {
                "application/json": components["schemas"]["CancelOrderRequest"];
            };
        };
        responses: {
            /** @description A port order */
            200: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortOrderResponse"];
                };
            };
            /** @description The request is not valid (validation_failed, invalid_json) */
            400: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestError"];
                };
            };
            /** @description No, unknown or revoked X-Auth-Token (unauthorized) */
            401: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthorizedError"];
                };
            };
            /** @description A change made with a console session without the session’s X-CSRF-Token (forbidden) */
            403: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description No such resource, or not yours (not_found) */
            404: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotFoundError"];
                };
            };
            /** @description The change conflicts with the state of the port or its number (port_exists, already_ported, invalid_transition, quota_exceeded) */
            409: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConflictError"];
                };
            };
            /** @description The request body is larger than 64 KiB (payload_too_large) */
            413: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayloadTooLargeError"];
                };
            };
            /** @description The request body is not application/json (unsupported_media_type) */
            415: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnsupportedMediaTypeError"];
                };
            };
            /** @description Too many requests; see Retry-After (rate_limited) */
            429: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    /** @description When given: seconds to wait before retrying */
                    "Retry-After"?: number;
                    /** @description With RATE_LIMIT set: requests allowed per API key in the window */
                    "RateLimit-Limit"?: number;
                    /** @description With RATE_LIMIT set: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description With RATE_LIMIT set: seconds until the window starts anew */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RateLimitedError"];
                };
            };
            /** @description The service is shutting down or busy; retry shortly (service_unavailable) */
            503: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    /** @description When given: seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
            /** @description Any other error, in the error envelope: 500 internal (a generic message; quote the X-Request-Id), 405 method_not_allowed (with Allow) */
            default: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    /** @description On 405: the methods the path does serve */
                    Allow?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listPortOrderDocuments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The order id
                 * @example ord_9fQ2kLm0Rt7wXb3k
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Documents, oldest first */
            200: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DocumentListResponse"];
                };
            };
            /** @description The request is not valid (validation_failed, invalid_json) */
            400: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestError"];
                };
            };
            /** @description No, unknown or revoked X-Auth-Token (unauthorized) */
            401: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthorizedError"];
                };
            };
            /** @description No such resource, or not yours (not_found) */
            404: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotFoundError"];
                };
            };
            /** @description Too many requests; see Retry-After (rate_limited) */
            429: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    /** @description When given: seconds to wait before retrying */
                    "Retry-After"?: number;
                    /** @description With RATE_LIMIT set: requests allowed per API key in the window */
                    "RateLimit-Limit"?: number;
                    /** @description With RATE_LIMIT set: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description With RATE_LIMIT set: seconds until the window starts anew */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RateLimitedError"];
                };
            };
            /** @description The service is shutting down or busy; retry shortly (service_unavailable) */
            503: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    /** @description When given: seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
            /** @description Any other error, in the error envelope: 500 internal (a generic message; quote the X-Request-Id), 405 method_not_allowed (with Allow) */
            default: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    /** @description On 405: the methods the path does serve */
                    Allow?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    uploadPortOrderDocument: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The order id
                 * @example ord_9fQ2kLm0Rt7wXb3k
                 */
                id: string;
            };
            cookie?: never;
        };
        /** @description multipart/form-data with the fields type and file */
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["DocumentUpload"];
            };
        };
        responses: {
            /** @description A document */
            201: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    /** @description Where the created resource can be read (a path on this server) */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DocumentResponse"];
                };
            };
            /** @description The request is not valid (validation_failed, invalid_json) */
            400: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestError"];
                };
            };
            /** @description No, unknown or revoked X-Auth-Token (unauthorized) */
            401: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthorizedError"];
                };
            };
            /** @description A change made with a console session without the session’s X-CSRF-Token (forbidden) */
            403: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description No such resource, or not yours (not_found) */
            404: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotFoundError"];
                };
            };
            /** @description The request body is larger than 64 KiB (payload_too_large) */
            413: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayloadTooLargeError"];
                };
            };
            /** @description The request body is not application/json (unsupported_media_type) */
            415: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnsupportedMediaTypeError"];
                };
            };
            /** @description Too many requests; see Retry-After (rate_limited) */
            429: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    /** @description When given: seconds to wait before retrying */
                    "Retry-After"?: number;
                    /** @description With RATE_LIMIT set: requests allowed per API key in the window */
                    "RateLimit-Limit"?: number;
                    /** @description With RATE_LIMIT set: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description With RATE_LIMIT set: seconds until the window starts anew */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RateLimitedError"];
                };
            };
            /** @description The service is shutting down or busy; retry shortly (service_unavailable) */
            503: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    /** @description When given: seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
            /** @description Any other error, in the error envelope: 500 internal (a generic message; quote the X-Request-Id), 405 method_not_allowed (with Allow) */
            default: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    /** @description On 405: the methods the path does serve */
                    Allow?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listPortOrderComments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The order id
                 * @example ord_9fQ2kLm0Rt7wXb3k
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Comments, oldest first */
            200: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommentListResponse"];
                };
            };
            /** @description The request is not valid (validation_failed, invalid_json) */
            400: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestError"];
                };
            };
            /** @description No, unknown or revoked X-Auth-Token (unauthorized) */
            401: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthorizedError"];
                };
            };
            /** @description No such resource, or not yours (not_found) */
            404: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotFoundError"];
                };
            };
            /** @description Too many requests; see Retry-After (rate_limited) */
            429: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    /** @description When given: seconds to wait before retrying */
                    "Retry-After"?: number;
                    /** @description With RATE_LIMIT set: requests allowed per API key in the window */
                    "RateLimit-Limit"?: number;
                    /** @description With RATE_LIMIT set: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description With RATE_LIMIT set: seconds until the window starts anew */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RateLimitedError"];
                };
            };
            /** @description The service is shutting down or busy; retry shortly (service_unavailable) */
            503: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    /** @description When given: seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
            /** @description Any other error, in the error envelope: 500 internal (a generic message; quote the X-Request-Id), 405 method_not_allowed (with Allow) */
            default: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    /** @description On 405: the methods the path does serve */
                    Allow?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    createPortOrderComment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The order id
                 * @example ord_9fQ2kLm0Rt7wXb3k
                 */
                id: string;
            };
            cookie?: never;
        };
        /** @description A comment to the porting desk */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCommentRequest"];
            };
        };
        responses: {
            /** @description A comment */
            201: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommentResponse"];
                };
            };
            /** @description The request is not valid (validation_failed, invalid_json) */
            400: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestError"];
                };
            };
            /** @description No, unknown or revoked X-Auth-Token (unauthorized) */
            401: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthorizedError"];
                };
            };
            /** @description A change made with a console session without the session’s X-CSRF-Token (forbidden) */
            403: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description No such resource, or not yours (not_found) */
            404: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotFoundError"];
                };
            };
            /** @description The request body is larger than 64 KiB (payload_too_large) */
            413: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayloadTooLargeError"];
                };
            };
            /** @description The request body is not application/json (unsupported_media_type) */
            415: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnsupportedMediaTypeError"];
                };
            };
            /** @description Too many requests; see Retry-After (rate_limited) */
            429: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    /** @description When given: seconds to wait before retrying */
                    "Retry-After"?: number;
                    /** @description With RATE_LIMIT set: requests allowed per API key in the window */
                    "RateLimit-Limit"?: number;
                    /** @description With RATE_LIMIT set: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description With RATE_LIMIT set: seconds until the window starts anew */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RateLimitedError"];
                };
            };
            /** @description The service is shutting down or busy; retry shortly (service_unavailable) */
            503: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    /** @description When given: seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
            /** @description Any other error, in the error envelope: 500 internal (a generic message; quote the X-Request-Id), 405 method_not_allowed (with Allow) */
            default: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    /** @description On 405: the methods the path does serve */
                    Allow?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listPortDocuments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The port id
                 * @example port_0F3kq9VqJx2m-Lpa
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Documents, oldest first */
            200: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DocumentListResponse"];
                };
            };
            /** @description The request is not valid (validation_failed, invalid_json) */
            400: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestError"];
                };
            };
            /** @description No, unknown or revoked X-Auth-Token (unauthorized) */
            401: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthorizedError"];
                };
            };
            /** @description No such resource, or not yours (not_found) */
            404: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotFoundError"];
                };
            };
            /** @description Too many requests; see Retry-After (rate_limited) */
            429: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    /** @description When given: seconds to wait before retrying */
                    "Retry-After"?: number;
                    /** @description With RATE_LIMIT set: requests allowed per API key in the window */
                    "RateLimit-Limit"?: number;
                    /** @description With RATE_LIMIT set: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description With RATE_LIMIT set: seconds until the window starts anew */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RateLimitedError"];
                };
            };
            /** @description The service is shutting down or busy; retry shortly (service_unavailable) */
            503: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    /** @description When given: seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
            /** @description Any other error, in the error envelope: 500 internal (a generic message; quote the X-Request-Id), 405 method_not_allowed (with Allow) */
            default: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    /** @description On 405: the methods the path does serve */
                    Allow?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    uploadPortDocument: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The port id
                 * @example port_0F3kq9VqJx2m-Lpa
                 */
                id: string;
            };
            cookie?: never;
        };
        /** @description multipart/form-data with the fields type and file */
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["DocumentUpload"];
            };
        };
        responses: {
            /** @description A document */
            201: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    /** @description Where the created resource can be read (a path on this server) */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DocumentResponse"];
                };
            };
            /** @description The request is not valid (validation_failed, invalid_json) */
            400: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestError"];
                };
            };
            /** @description No, unknown or revoked X-Auth-Token (unauthorized) */
            401: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthorizedError"];
                };
            };
            /** @description A change made with a console session without the session’s X-CSRF-Token (forbidden) */
            403: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description No such resource, or not yours (not_found) */
            404: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotFoundError"];
                };
            };
            /** @description The request body is larger than 64 KiB (payload_too_large) */
            413: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayloadTooLargeError"];
                };
            };
            /** @description The request body is not application/json (unsupported_media_type) */
            415: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnsupportedMediaTypeError"];
                };
            };
            /** @description Too many requests; see Retry-After (rate_limited) */
            429: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    /** @description When given: seconds to wait before retrying */
                    "Retry-After"?: number;
                    /** @description With RATE_LIMIT set: requests allowed per API key in the window */
                    "RateLimit-Limit"?: number;
                    /** @description With RATE_LIMIT set: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description With RATE_LIMIT set: seconds until the window starts anew */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RateLimitedError"];
                };
            };
            /** @description The service is shutting down or busy; retry shortly (service_unavailable) */
            503: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    /** @description When given: seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
            /** @description Any other error, in the error envelope: 500 internal (a generic message; quote the X-Request-Id), 405 method_not_allowed (with Allow) */
            default: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    /** @description On 405: the methods the path does serve */
                    Allow?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listPortComments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The port id
                 * @example port_0F3kq9VqJx2m-Lpa
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Comments, oldest first */
            200: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommentListResponse"];
                };
            };
            /** @description The request is not valid (validation_failed, invalid_json) */
            400: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestError"];
                };
            };
            /** @description No, unknown or revoked X-Auth-Token (unauthorized) */
            401: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthorizedError"];
                };
            };
            /** @description No such resource, or not yours (not_found) */
            404: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotFoundError"];
                };
            };
            /** @description Too many requests; see Retry-After (rate_limited) */
            429: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    /** @description When given: seconds to wait before retrying */
                    "Retry-After"?: number;
                    /** @description With RATE_LIMIT set: requests allowed per API key in the window */
                    "RateLimit-Limit"?: number;
                    /** @description With RATE_LIMIT set: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description With RATE_LIMIT set: seconds until the window starts anew */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RateLimitedError"];
                };
            };
            /** @description The service is shutting down or busy; retry shortly (service_unavailable) */
            503: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    /** @description When given: seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
            /** @description Any other error, in the error envelope: 500 internal (a generic message; quote the X-Request-Id), 405 method_not_allowed (with Allow) */
            default: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    /** @description On 405: the methods the path does serve */
                    Allow?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    createPortComment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The port id
                 * @example port_0F3kq9VqJx2m-Lpa
                 */
                id: string;
            };
            cookie?: never;
        };
        /** @description A comment to the porting desk */
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCommentRequest"];
            };
        };
        responses: {
            /** @description A comment */
            201: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommentResponse"];
                };
            };
            /** @description The request is not valid (validation_failed, invalid_json) */
            400: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestError"];
                };
            };
            /** @description No, unknown or revoked X-Auth-Token (unauthorized) */
            401: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthorizedError"];
                };
            };
            /** @description A change made with a console session without the session’s X-CSRF-Token (forbidden) */
            403: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description No such resource, or not yours (not_found) */
            404: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotFoundError"];
                };
            };
            /** @description The request body is larger than 64 KiB (payload_too_large) */
            413: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayloadTooLargeError"];
                };
            };
            /** @description The request body is not application/json (unsupported_media_type) */
            415: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnsupportedMediaTypeError"];
                };
            };
            /** @description Too many requests; see Retry-After (rate_limited) */
            429: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    /** @description When given: seconds to wait before retrying */
                    "Retry-After"?: number;
                    /** @description With RATE_LIMIT set: requests allowed per API key in the window */
                    "RateLimit-Limit"?: number;
                    /** @description With RATE_LIMIT set: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description With RATE_LIMIT set: seconds until the window starts anew */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RateLimitedError"];
                };
            };
            /** @description The service is shutting down or busy; retry shortly (service_unavailable) */
            503: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    /** @description When given: seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
            /** @description Any other error, in the error envelope: 500 internal (a generic message; quote the X-Request-Id), 405 method_not_allowed (with Allow) */
            default: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    /** @description On 405: the methods the path does serve */
                    Allow?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getDocument: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The document id
                 * @example doc_Xb3k9fQ2kLm0Rt7w
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A document */
            200: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DocumentResponse"];
                };
            };
            /** @description The request is not valid (validation_failed, invalid_json) */
            400: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestError"];
                };
            };
            /** @description No, unknown or revoked X-Auth-Token (unauthorized) */
            401: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthorizedError"];
                };
            };
            /** @description No such resource, or not yours (not_found) */
            404: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotFoundError"];
                };
            };
            /** @description Too many requests; see Retry-After (rate_limited) */
            429: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    /** @description When given: seconds to wait before retrying */
                    "Retry-After"?: number;
                    /** @description With RATE_LIMIT set: requests allowed per API key in the window */
                    "RateLimit-Limit"?: number;
                    /** @description With RATE_LIMIT set: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description With RATE_LIMIT set: seconds until the window starts anew */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RateLimitedError"];
                };
            };
            /** @description The service is shutting down or busy; retry shortly (service_unavailable) */
            503: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    /** @description When given: seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
            /** @description Any other error, in the error envelope: 500 internal (a generic message; quote the X-Request-Id), 405 method_not_allowed (with Allow) */
            default: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    /** @description On 405: the methods the path does serve */
                    Allow?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    deleteDocument: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The document id
                 * @example doc_Xb3k9fQ2kLm0Rt7w
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The document is deleted */
            200: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeletedDocumentResponse"];
                };
            };
            /** @description The request is not valid (validation_failed, invalid_json) */
            400: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestError"];
                };
            };
            /** @description No, unknown or revoked X-Auth-Token (unauthorized) */
            401: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthorizedError"];
                };
            };
            /** @description A change made with a console session without the session’s X-CSRF-Token (forbidden) */
            403: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description No such resource, or not yours (not_found) */
            404: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotFoundError"];
                };
            };
            /** @description The change conflicts with the state of the port or its number (port_exists, already_ported, invalid_transition, quota_exceeded) */
            409: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConflictError"];
                };
            };
            /** @description Too many requests; see Retry-After (rate_limited) */
            429: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    /** @description When given: seconds to wait before retrying */
                    "Retry-After"?: number;
                    /** @description With RATE_LIMIT set: requests allowed per API key in the window */
                    "RateLimit-Limit"?: number;
                    /** @description With RATE_LIMIT set: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description With RATE_LIMIT set: seconds until the window starts anew */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RateLimitedError"];
                };
            };
            /** @description The service is shutting down or busy; retry shortly (service_unavailable) */
            503: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    /** @description When given: seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
            /** @description Any other error, in the error envelope: 500 internal (a generic message; quote the X-Request-Id), 405 method_not_allowed (with Allow) */
            default: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    /** @description On 405: the methods the path does serve */
                    Allow?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getDocumentContent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The document id
                 * @example doc_Xb3k9fQ2kLm0Rt7w
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The document’s bytes */
            200: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    /** @description `attachment`, with the file’s name: a stored file is never rendered inline */
                    "Content-Disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                    "image/png": string;
                    "image/jpeg": string;
                };
            };
            /** @description The request is not valid (validation_failed, invalid_json) */
            400: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestError"];
                };
            };
            /** @description No, unknown or revoked X-Auth-Token (unauthorized) */
            401: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthorizedError"];
                };
            };
            /** @description No such resource, or not yours (not_found) */
            404: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotFoundError"];
                };
            };
            /** @description Too many requests; see Retry-After (rate_limited) */
            429: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    /** @description When given: seconds to wait before retrying */
                    "Retry-After"?: number;
                    /** @description With RATE_LIMIT set: requests allowed per API key in the window */
                    "RateLimit-Limit"?: number;
                    /** @description With RATE_LIMIT set: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description With RATE_LIMIT set: seconds until the window starts anew */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RateLimitedError"];
                };
            };
            /** @description The service is shutting down or busy; retry shortly (service_unavailable) */
            503: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    /** @description When given: seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
            /** @description Any other error, in the error envelope: 500 internal (a generic message; quote the X-Request-Id), 405 method_not_allowed (with Allow) */
            default: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    /** @description On 405: the methods the path does serve */
                    Allow?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getPortOrderLoa: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The order id
                 * @example ord_9fQ2kLm0Rt7wXb3k
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The letter, unsigned */
            200: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    /** @description `attachment`, with the file’s name: a stored file is never rendered inline */
                    "Content-Disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description The request is not valid (validation_failed, invalid_json) */
            400: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestError"];
                };
            };
            /** @description No, unknown or revoked X-Auth-Token (unauthorized) */
            401: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthorizedError"];
                };
            };
            /** @description No such resource, or not yours (not_found) */
            404: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotFoundError"];
                };
            };
            /** @description Too many requests; see Retry-After (rate_limited) */
            429: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    /** @description When given: seconds to wait before retrying */
                    "Retry-After"?: number;
                    /** @description With RATE_LIMIT set: requests allowed per API key in the window */
                    "RateLimit-Limit"?: number;
                    /** @description With RATE_LIMIT set: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description With RATE_LIMIT set: seconds until the window starts anew */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RateLimitedError"];
                };
            };
            /** @description The service is shutting down or busy; retry shortly (service_unavailable) */
            503: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    /** @description When given: seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
            /** @description Any other error, in the error envelope: 500 internal (a generic message; quote the X-Request-Id), 405 method_not_allowed (with Allow) */
            default: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    /** @description On 405: the methods the path does serve */
                    Allow?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    signPortOrderLoa: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The order id
                 * @example ord_9fQ2kLm0Rt7wXb3k
                 */
                id: string;
            };
            cookie?: never;
        };
        /** @description An electronic signature of the order’s Letter of Authorization */
        requestBody: {
            content: {
                "application/json": components["schemas"]["SignLoaRequest"];
            };
        };
        responses: {
            /** @description A document */
            201: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    /** @description Where the created resource can be read (a path on this server) */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DocumentResponse"];
                };
            };
            /** @description The request is not valid (validation_failed, invalid_json) */
            400: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestError"];
                };
            };
            /** @description No, unknown or revoked X-Auth-Token (unauthorized) */
            401: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthorizedError"];
                };
            };
            /** @description A change made with a console session without the session’s X-CSRF-Token (forbidden) */
            403: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description No such resource, or not yours (not_found) */
            404: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotFoundError"];
                };
            };
            /** @description The request body is larger than 64 KiB (payload_too_large) */
            413: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayloadTooLargeError"];
                };
            };
            /** @description The request body is not application/json (unsupported_media_type) */
            415: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnsupportedMediaTypeError"];
                };
            };
            /** @description Too many requests; see Retry-After (rate_limited) */
            429: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    /** @description When given: seconds to wait before retrying */
                    "Retry-After"?: number;
                    /** @description With RATE_LIMIT set: requests allowed per API key in the window */
                    "RateLimit-Limit"?: number;
                    /** @description With RATE_LIMIT set: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description With RATE_LIMIT set: seconds until the window starts anew */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RateLimitedError"];
                };
            };
            /** @description The service is shutting down or busy; retry shortly (service_unavailable) */
            503: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    /** @description When given: seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
            /** @description Any other error, in the error envelope: 500 internal (a generic message; quote the X-Request-Id), 405 method_not_allowed (with Allow) */
            default: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    /** @description On 405: the methods the path does serve */
                    Allow?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    deskListPorts: {
        parameters: {
            query?: {
                /**
                 * @description Only ports in this status
                 * @example pending
                 */
                status?: "pending" | "authorized" | "in_progress" | "completed" | "failed" | "cancelled";
                /**
                 * @description The last id of the previous page (its next_cursor): the page starts after it
                 * @example port_0F3kq9VqJx2m-Lpa
                 */
                after?: string;
                /**
                 * @description Page size, 1 to 100
                 * @example 20
                 */
                limit?: number;
                /**
                 * @description How many matching items to skip
                 * @example 0
                 */
                offset?: number;
                /**
                 * @description Only ports of this exact E.164 number (send + as %2B)
                 * @example +14155551234
                 */
                number?: string;
                /**
                 * @description Only the ports of this order
                 * @example ord_9fQ2kLm0Rt7wXb3k
                 */
                order_id?: string;
                /**
                 * @description true: only those the porting desk asked you to act on (see their comments); false: only the others
                 * @example true
                 */
                action_required?: boolean;
                /**
                 * @description Only the ports with this exact customer reference
                 * @example crm-77
                 */
                customer_reference?: string;
                /**
                 * @description Only the ports whose losing carrier has this SPID (losing_carrier.spid)
                 * @example 2002
                 */
                losing_carrier?: string;
                /**
                 * @description Only this account’s ports
                 * @example acc_3xYk2vQ9pLm0Rt7w
                 */
                account_id?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of ports of every account, newest first */
            200: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeskPortListResponse"];
                };
            };
            /** @description The request is not valid (validation_failed, invalid_json) */
            400: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestError"];
                };
            };
            /** @description No, unknown or revoked X-Auth-Token (unauthorized) */
            401: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthorizedError"];
                };
            };
            /** @description The key may not use this endpoint (forbidden) */
            403: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description Too many requests; see Retry-After (rate_limited) */
            429: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    /** @description When given: seconds to wait before retrying */
                    "Retry-After"?: number;
                    /** @description With RATE_LIMIT set: requests allowed per API key in the window */
                    "RateLimit-Limit"?: number;
                    /** @description With RATE_LIMIT set: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description With RATE_LIMIT set: seconds until the window starts anew */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RateLimitedError"];
                };
            };
            /** @description The service is shutting down or busy; retry shortly (service_unavailable) */
            503: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    /** @description When given: seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
            /** @description Any other error, in the error envelope: 500 internal (a generic message; quote the X-Request-Id), 405 method_not_allowed (with Allow) */
            default: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    /** @description On 405: the methods the path does serve */
                    Allow?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    deskListCarriers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The losing carriers of the carrier directory */
            200: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CarrierListResponse"];
                };
            };
            /** @description The request is not valid (validation_failed, invalid_json) */
            400: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestError"];
                };
            };
            /** @description No, unknown or revoked X-Auth-Token (unauthorized) */
            401: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthorizedError"];
                };
            };
            /** @description The key may not use this endpoint (forbidden) */
            403: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description Too many requests; see Retry-After (rate_limited) */
            429: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    /** @description When given: seconds to wait before retrying */
                    "Retry-After"?: number;
                    /** @description With RATE_LIMIT set: requests allowed per API key in the window */
                    "RateLimit-Limit"?: number;
                    /** @description With RATE_LIMIT set: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description With RATE_LIMIT set: seconds until the window starts anew */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RateLimitedError"];
                };
            };
            /** @description The service is shutting down or busy; retry shortly (service_unavailable) */
            503: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    /** @description When given: seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
            /** @description Any other error, in the error envelope: 500 internal (a generic message; quote the X-Request-Id), 405 method_not_allowed (with Allow) */
            default: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    /** @description On 405: the methods the path does serve */
                    Allow?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    deskCountPorts: {
        parameters: {
            query?: {
                /**
                 * @description Only this account’s ports
                 * @example acc_3xYk2vQ9pLm0Rt7w
                 */
                account_id?: string;
                /**
                 * @description Only the ports whose losing carrier has this SPID
                 * @example 2002
                 */
                losing_carrier?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Ports by status */
            200: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortCountsResponse"];
                };
            };
            /** @description The request is not valid (validation_failed, invalid_json) */
            400: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestError"];
                };
            };
            /** @description No, unknown or revoked X-Auth-Token (unauthorized) */
            401: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthorizedError"];
                };
            };
            /** @description The key may not use this endpoint (forbidden) */
            403: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description Too many requests; see Retry-After (rate_limited) */
            429: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    /** @description When given: seconds to wait before retrying */
                    "Retry-After"?: number;
                    /** @description With RATE_LIMIT set: requests allowed per API key in the window */
                    "RateLimit-Limit"?: number;
                    /** @description With RATE_LIMIT set: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description With RATE_LIMIT set: seconds until the window starts anew */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RateLimitedError"];
                };
            };
            /** @description The service is shutting down or busy; retry shortly (service_unavailable) */
            503: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    /** @description When given: seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
            /** @description Any other error, in the error envelope: 500 internal (a generic message; quote the X-Request-Id), 405 method_not_allowed (with Allow) */
            default: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    /** @description On 405: the methods the path does serve */
                    Allow?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    deskGetPort: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The port id
                 * @example port_0F3kq9VqJx2m-Lpa
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A port, with its account */
            200: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeskPortResponse"];
                };
            };
            /** @description The request is not valid (validation_failed, invalid_json) */
            400: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestError"];
                };
            };
            /** @description No, unknown or revoked X-Auth-Token (unauthorized) */
            401: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthorizedError"];
                };
            };
            /** @description The key may not use this endpoint (forbidden) */
            403: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description No such resource, or not yours (not_found) */
            404: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotFoundError"];
                };
            };
            /** @description Too many requests; see Retry-After (rate_limited) */
            429: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    /** @description When given: seconds to wait before retrying */
                    "Retry-After"?: number;
                    /** @description With RATE_LIMIT set: requests allowed per API key in the window */
                    "RateLimit-Limit"?: number;
                    /** @description With RATE_LIMIT set: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description With RATE_LIMIT set: seconds until the window starts anew */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RateLimitedError"];
                };
            };
            /** @description The service is shutting down or busy; retry shortly (service_unavailable) */
            503: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    /** @description When given: seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
            /** @description Any other error, in the error envelope: 500 internal (a generic message; quote the X-Request-Id), 405 method_not_allowed (with Allow) */
            default: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    /** @description On 405: the methods the path does serve */
                    Allow?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    deskGetPortHistory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The port id
                 * @example port_0F3kq9VqJx2m-Lpa
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The status history of a port, oldest first */
            200: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortHistoryResponse"];
                };
            };
            /** @description The request is not valid (validation_failed, invalid_json) */
            400: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestError"];
                };
            };
            /** @description No, unknown or revoked X-Auth-Token (unauthorized) */
            401: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthorizedError"];
                };
            };
            /** @description The key may not use this endpoint (forbidden) */
            403: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description No such resource, or not yours (not_found) */
            404: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotFoundError"];
                };
            };
            /** @description Too many requests; see Retry-After (rate_limited) */
            429: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    /** @description When given: seconds to wait before retrying */
                    "Retry-After"?: number;
                    /** @description With RATE_LIMIT set: requests allowed per API key in the window */
                    "RateLimit-Limit"?: number;
                    /** @description With RATE_LIMIT set: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description With RATE_LIMIT set: seconds until the window starts anew */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RateLimitedError"];
                };
            };
            /** @description The service is shutting down or busy; retry shortly (service_unavailable) */
            503: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    /** @description When given: seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
            /** @description Any other error, in the error envelope: 500 internal (a generic message; quote the X-Request-Id), 405 method_not_allowed (with Allow) */
            default: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    /** @description On 405: the methods the path does serve */
                    Allow?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    deskTransitionPort: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The port id
                 * @example port_0F3kq9VqJx2m-Lpa
                 */
                id: string;
            };
            cookie?: never;
        };
        /** @description A move of a port by the porting desk */
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeskTransitionRequest"];
            };
        };
        responses: {
            /** @description A port, with its account */
            200: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeskPortResponse"];
                };
            };
            /** @description The request is not valid (validation_failed, invalid_json) */
            400: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestError"];
                };
            };
            /** @description No, unknown or revoked X-Auth-Token (unauthorized) */
            401: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthorizedError"];
                };
            };
            /** @description The key may not use this endpoint (forbidden) */
            403: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description No such resource, or not yours (not_found) */
            404: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotFoundError"];
                };
            };
            /** @description The change conflicts with the state of the port or its number (port_exists, already_ported, invalid_transition, quota_exceeded) */
            409: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConflictError"];
                };
            };
            /** @description The request body is larger than 64 KiB (payload_too_large) */
            413: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayloadTooLargeError"];
                };
            };
            /** @description The request body is not application/json (unsupported_media_type) */
            415: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnsupportedMediaTypeError"];
                };
            };
            /** @description Too many requests; see Retry-After (rate_limited) */
            429: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    /** @description When given: seconds to wait before retrying */
                    "Retry-After"?: number;
                    /** @description With RATE_LIMIT set: requests allowed per API key in the window */
                    "RateLimit-Limit"?: number;
                    /** @description With RATE_LIMIT set: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description With RATE_LIMIT set: seconds until the window starts anew */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RateLimitedError"];
                };
            };
            /** @description The service is shutting down or busy; retry shortly (service_unavailable) */
            503: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    /** @description When given: seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
            /** @description Any other error, in the error envelope: 500 internal (a generic message; quote the X-Request-Id), 405 method_not_allowed (with Allow) */
            default: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    /** @description On 405: the methods the path does serve */
                    Allow?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    deskListPortOrders: {
        parameters: {
            query?: {
                /**
                 * @description Only orders in this status
                 * @example action_required
                 */
                status?: "draft" | "in_progress" | "action_required" | "completed" | "cancelled";
                /**
                 * @description true: only those the porting desk asked you to act on (see their comments); false: only the others
                 * @example true
                 */
                action_required?: boolean;
                /**
                 * @description false: only orders still missing a document ORDER_REQUIREMENTS asks for; true: only the others
                 * @example false
                 */
                requirements_met?: boolean;
                /**
                 * @description Page size, 1 to 100
                 * @example 20
                 */
                limit?: number;
                /**
                 * @description The last order id of the previous page (its next_cursor)
                 * @example ord_9fQ2kLm0Rt7wXb3k
                 */
                after?: string;
                /**
                 * @description Only this account’s orders
                 * @example acc_3xYk2vQ9pLm0Rt7w
                 */
                account_id?: string;
                /**
                 * @description Only the orders with a sub-order of the losing carrier of this SPID (submitted orders: a draft has no sub-orders yet)
                 * @example 2002
                 */
                losing_carrier?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Port orders, newest first */
            200: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortOrderListResponse"];
                };
            };
            /** @description The request is not valid (validation_failed, invalid_json) */
            400: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestError"];
                };
            };
            /** @description No, unknown or revoked X-Auth-Token (unauthorized) */
            401: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthorizedError"];
                };
            };
            /** @description The key may not use this endpoint (forbidden) */
            403: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description Too many requests; see Retry-After (rate_limited) */
            429: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    /** @description When given: seconds to wait before retrying */
                    "Retry-After"?: number;
                    /** @description With RATE_LIMIT set: requests allowed per API key in the window */
                    "RateLimit-Limit"?: number;
                    /** @description With RATE_LIMIT set: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description With RATE_LIMIT set: seconds until the window starts anew */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RateLimitedError"];
                };
            };
            /** @description The service is shutting down or busy; retry shortly (service_unavailable) */
            503: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    /** @description When given: seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
            /** @description Any other error, in the error envelope: 500 internal (a generic message; quote the X-Request-Id), 405 method_not_allowed (with Allow) */
            default: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    /** @description On 405: the methods the path does serve */
                    Allow?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    deskGetPortOrder: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The order id
                 * @example ord_9fQ2kLm0Rt7wXb3k
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A port order */
            200: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortOrderResponse"];
                };
            };
            /** @description The request is not valid (validation_failed, invalid_json) */
            400: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestError"];
                };
            };
            /** @description No, unknown or revoked X-Auth-Token (unauthorized) */
            401: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthorizedError"];
                };
            };
            /** @description The key may not use this endpoint (forbidden) */
            403: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description No such resource, or not yours (not_found) */
            404: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotFoundError"];
                };
            };
            /** @description Too many requests; see Retry-After (rate_limited) */
            429: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    /** @description When given: seconds to wait before retrying */
                    "Retry-After"?: number;
                    /** @description With RATE_LIMIT set: requests allowed per API key in the window */
                    "RateLimit-Limit"?: number;
                    /** @description With RATE_LIMIT set: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description With RATE_LIMIT set: seconds until the window starts anew */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RateLimitedError"];
                };
            };
            /** @description The service is shutting down or busy; retry shortly (service_unavailable) */
            503: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    /** @description When given: seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
            /** @description Any other error, in the error envelope: 500 internal (a generic message; quote the X-Request-Id), 405 method_not_allowed (with Allow) */
            default: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    /** @description On 405: the methods the path does serve */
                    Allow?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    deskTransitionSubOrder: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The sub-order id
                 * @example sub_Lm0Rt7wXb3k9fQ2k
                 */
                id: string;
            };
            cookie?: never;
        };
        /** @description A move of a port by the porting desk */
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeskTransitionRequest"];
            };
        };
        responses: {
            /** @description The ports that moved, and their order as it now stands */
            200: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubOrderMoveResponse"];
                };
            };
            /** @description The request is not valid (validation_failed, invalid_json) */
            400: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestError"];
                };
            };
            /** @description No, unknown or revoked X-Auth-Token (unauthorized) */
            401: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthorizedError"];
                };
            };
            /** @description The key may not use this endpoint (forbidden) */
            403: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description No such resource, or not yours (not_found) */
            404: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotFoundError"];
                };
            };
            /** @description The change conflicts with the state of the port or its number (port_exists, already_ported, invalid_transition, quota_exceeded) */
            409: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConflictError"];
                };
            };
            /** @description The request body is larger than 64 KiB (payload_too_large) */
            413: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayloadTooLargeError"];
                };
            };
            /** @description The request body is not application/json (unsupported_media_type) */
            415: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnsupportedMediaTypeError"];
                };
            };
            /** @description Too many requests; see Retry-After (rate_limited) */
            429: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    /** @description When given: seconds to wait before retrying */
                    "Retry-After"?: number;
                    /** @description With RATE_LIMIT set: requests allowed per API key in the window */
                    "RateLimit-Limit"?: number;
                    /** @description With RATE_LIMIT set: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description With RATE_LIMIT set: seconds until the window starts anew */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RateLimitedError"];
                };
            };
            /** @description The service is shutting down or busy; retry shortly (service_unavailable) */
            503: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    /** @description When given: seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
            /** @description Any other error, in the error envelope: 500 internal (a generic message; quote the X-Request-Id), 405 method_not_allowed (with Allow) */
            default: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    /** @description On 405: the methods the path does serve */
                    Allow?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    deskListPortOrderDocuments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The order id
                 * @example ord_9fQ2kLm0Rt7wXb3k
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Documents, oldest first */
            200: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DocumentListResponse"];
                };
            };
            /** @description The request is not valid (validation_failed, invalid_json) */
            400: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestError"];
                };
            };
            /** @description No, unknown or revoked X-Auth-Token (unauthorized) */
            401: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthorizedError"];
                };
            };
            /** @description The key may not use this endpoint (forbidden) */
            403: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description No such resource, or not yours (not_found) */
            404: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotFoundError"];
                };
            };
            /** @description Too many requests; see Retry-After (rate_limited) */
            429: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    /** @description When given: seconds to wait before retrying */
                    "Retry-After"?: number;
                    /** @description With RATE_LIMIT set: requests allowed per API key in the window */
                    "RateLimit-Limit"?: number;
                    /** @description With RATE_LIMIT set: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description With RATE_LIMIT set: seconds until the window starts anew */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RateLimitedError"];
                };
            };
            /** @description The service is shutting down or busy; retry shortly (service_unavailable) */
            503: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    /** @description When given: seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
            /** @description Any other error, in the error envelope: 500 internal (a generic message; quote the X-Request-Id), 405 method_not_allowed (with Allow) */
            default: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    /** @description On 405: the methods the path does serve */
                    Allow?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    deskListPortOrderComments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The order id
                 * @example ord_9fQ2kLm0Rt7wXb3k
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Comments, oldest first */
            200: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommentListResponse"];
                };
            };
            /** @description The request is not valid (validation_failed, invalid_json) */
            400: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestError"];
                };
            };
            /** @description No, unknown or revoked X-Auth-Token (unauthorized) */
            401: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthorizedError"];
                };
            };
            /** @description The key may not use this endpoint (forbidden) */
            403: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description No such resource, or not yours (not_found) */
            404: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotFoundError"];
                };
            };
            /** @description Too many requests; see Retry-After (rate_limited) */
            429: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    /** @description When given: seconds to wait before retrying */
                    "Retry-After"?: number;
                    /** @description With RATE_LIMIT set: requests allowed per API key in the window */
                    "RateLimit-Limit"?: number;
                    /** @description With RATE_LIMIT set: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description With RATE_LIMIT set: seconds until the window starts anew */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RateLimitedError"];
                };
            };
            /** @description The service is shutting down or busy; retry shortly (service_unavailable) */
            503: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    /** @description When given: seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
            /** @description Any other error, in the error envelope: 500 internal (a generic message; quote the X-Request-Id), 405 method_not_allowed (with Allow) */
            default: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    /** @description On 405: the methods the path does serve */
                    Allow?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    deskCreatePortOrderComment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The order id
                 * @example ord_9fQ2kLm0Rt7wXb3k
                 */
                id: string;
            };
            cookie?: never;
        };
        /** @description A comment by the porting desk */
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeskCommentRequest"];
            };
        };
        responses: {
            /** @description A comment */
            201: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommentResponse"];
                };
            };
            /** @description The request is not valid (validation_failed, invalid_json) */
            400: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestError"];
                };
            };
            /** @description No, unknown or revoked X-Auth-Token (unauthorized) */
            401: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthorizedError"];
                };
            };
            /** @description The key may not use this endpoint (forbidden) */
            403: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description No such resource, or not yours (not_found) */
            404: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotFoundError"];
                };
            };
            /** @description The request body is larger than 64 KiB (payload_too_large) */
            413: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayloadTooLargeError"];
                };
            };
            /** @description The request body is not application/json (unsupported_media_type) */
            415: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnsupportedMediaTypeError"];
                };
            };
            /** @description Too many requests; see Retry-After (rate_limited) */
            429: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    /** @description When given: seconds to wait before retrying */
                    "Retry-After"?: number;
                    /** @description With RATE_LIMIT set: requests allowed per API key in the window */
                    "RateLimit-Limit"?: number;
                    /** @description With RATE_LIMIT set: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description With RATE_LIMIT set: seconds until the window starts anew */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RateLimitedError"];
                };
            };
            /** @description The service is shutting down or busy; retry shortly (service_unavailable) */
            503: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    /** @description When given: seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
            /** @description Any other error, in the error envelope: 500 internal (a generic message; quote the X-Request-Id), 405 method_not_allowed (with Allow) */
            default: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    /** @description On 405: the methods the path does serve */
                    Allow?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    deskListPortDocuments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The port id
                 * @example port_0F3kq9VqJx2m-Lpa
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Documents, oldest first */
            200: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DocumentListResponse"];
                };
            };
            /** @description The request is not valid (validation_failed, invalid_json) */
            400: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestError"];
                };
            };
            /** @description No, unknown or revoked X-Auth-Token (unauthorized) */
            401: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthorizedError"];
                };
            };
            /** @description The key may not use this endpoint (forbidden) */
            403: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description No such resource, or not yours (not_found) */
            404: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotFoundError"];
                };
            };
            /** @description Too many requests; see Retry-After (rate_limited) */
            429: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    /** @description When given: seconds to wait before retrying */
                    "Retry-After"?: number;
                    /** @description With RATE_LIMIT set: requests allowed per API key in the window */
                    "RateLimit-Limit"?: number;
                    /** @description With RATE_LIMIT set: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description With RATE_LIMIT set: seconds until the window starts anew */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RateLimitedError"];
                };
            };
            /** @description The service is shutting down or busy; retry shortly (service_unavailable) */
            503: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    /** @description When given: seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
            /** @description Any other error, in the error envelope: 500 internal (a generic message; quote the X-Request-Id), 405 method_not_allowed (with Allow) */
            default: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    /** @description On 405: the methods the path does serve */
                    Allow?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    deskListPortComments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The port id
                 * @example port_0F3kq9VqJx2m-Lpa
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Comments, oldest first */
            200: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommentListResponse"];
                };
            };
            /** @description The request is not valid (validation_failed, invalid_json) */
            400: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestError"];
                };
            };
            /** @description No, unknown or revoked X-Auth-Token (unauthorized) */
            401: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthorizedError"];
                };
            };
            /** @description The key may not use this endpoint (forbidden) */
            403: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description No such resource, or not yours (not_found) */
            404: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotFoundError"];
                };
            };
            /** @description Too many requests; see Retry-After (rate_limited) */
            429: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    /** @description When given: seconds to wait before retrying */
                    "Retry-After"?: number;
                    /** @description With RATE_LIMIT set: requests allowed per API key in the window */
                    "RateLimit-Limit"?: number;
                    /** @description With RATE_LIMIT set: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description With RATE_LIMIT set: seconds until the window starts anew */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RateLimitedError"];
                };
            };
            /** @description The service is shutting down or busy; retry shortly (service_unavailable) */
            503: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    /** @description When given: seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
            /** @description Any other error, in the error envelope: 500 internal (a generic message; quote the X-Request-Id), 405 method_not_allowed (with Allow) */
            default: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    /** @description On 405: the methods the path does serve */
                    Allow?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    deskCreatePortComment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The port id
                 * @example port_0F3kq9VqJx2m-Lpa
                 */
                id: string;
            };
            cookie?: never;
        };
        /** @description A comment by the porting desk */
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeskCommentRequest"];
            };
        };
        responses: {
            /** @description A comment */
            201: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommentResponse"];
                };
            };
            /** @description The request is not valid (validation_failed, invalid_json) */
            400: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestError"];
                };
            };
            /** @description No, unknown or revoked X-Auth-Token (unauthorized) */
            401: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthorizedError"];
                };
            };
            /** @description The key may not use this endpoint (forbidden) */
            403: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description No such resource, or not yours (not_found) */
            404: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotFoundError"];
                };
            };
            /** @description The request body is larger than 64 KiB (payload_too_large) */
            413: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayloadTooLargeError"];
                };
            };
            /** @description The request body is not application/json (unsupported_media_type) */
            415: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnsupportedMediaTypeError"];
                };
            };
            /** @description Too many requests; see Retry-After (rate_limited) */
            429: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    /** @description When given: seconds to wait before retrying */
                    "Retry-After"?: number;
                    /** @description With RATE_LIMIT set: requests allowed per API key in the window */
                    "RateLimit-Limit"?: number;
                    /** @description With RATE_LIMIT set: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description With RATE_LIMIT set: seconds until the window starts anew */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RateLimitedError"];
                };
            };
            /** @description The service is shutting down or busy; retry shortly (service_unavailable) */
            503: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    /** @description When given: seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
            /** @description Any other error, in the error envelope: 500 internal (a generic message; quote the X-Request-Id), 405 method_not_allowed (with Allow) */
            default: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    /** @description On 405: the methods the path does serve */
                    Allow?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    deskGetDocument: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The document id
                 * @example doc_Xb3k9fQ2kLm0Rt7w
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A document, with its account and what it belongs to */
            200: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeskDocumentResponse"];
                };
            };
            /** @description The request is not valid (validation_failed, invalid_json) */
            400: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestError"];
                };
            };
            /** @description No, unknown or revoked X-Auth-Token (unauthorized) */
            401: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthorizedError"];
                };
            };
            /** @description The key may not use this endpoint (forbidden) */
            403: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description No such resource, or not yours (not_found) */
            404: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotFoundError"];
                };
            };
            /** @description Too many requests; see Retry-After (rate_limited) */
            429: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    /** @description When given: seconds to wait before retrying */
                    "Retry-After"?: number;
                    /** @description With RATE_LIMIT set: requests allowed per API key in the window */
                    "RateLimit-Limit"?: number;
                    /** @description With RATE_LIMIT set: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description With RATE_LIMIT set: seconds until the window starts anew */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RateLimitedError"];
                };
            };
            /** @description The service is shutting down or busy; retry shortly (service_unavailable) */
            503: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    /** @description When given: seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
            /** @description Any other error, in the error envelope: 500 internal (a generic message; quote the X-Request-Id), 405 method_not_allowed (with Allow) */
            default: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    /** @description On 405: the methods the path does serve */
                    Allow?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    deskGetDocumentContent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The document id
                 * @example doc_Xb3k9fQ2kLm0Rt7w
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The document’s bytes */
            200: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    /** @description `attachment`, with the file’s name: a stored file is never rendered inline */
                    "Content-Disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                    "image/png": string;
                    "image/jpeg": string;
                };
            };
            /** @description The request is not valid (validation_failed, invalid_json) */
            400: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BadRequestError"];
                };
            };
            /** @description No, unknown or revoked X-Auth-Token (unauthorized) */
            401: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnauthorizedError"];
                };
            };
            /** @description The key may not use this endpoint (forbidden) */
            403: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ForbiddenError"];
                };
            };
            /** @description No such resource, or not yours (not_found) */
            404: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotFoundError"];
                };
            };
            /** @description Too many requests; see Retry-After (rate_limited) */
            429: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    /** @description When given: seconds to wait before retrying */
                    "Retry-After"?: number;
                    /** @description With RATE_LIMIT set: requests allowed per API key in the window */
                    "RateLimit-Limit"?: number;
                    /** @description With RATE_LIMIT set: requests left in the current window */
                    "RateLimit-Remaining"?: number;
                    /** @description With RATE_LIMIT set: seconds until the window starts anew */
                    "RateLimit-Reset"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RateLimitedError"];
                };
            };
            /** @description The service is shutting down or busy; retry shortly (service_unavailable) */
            503: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    /** @description When given: seconds to wait before retrying */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceUnavailableError"];
                };
            };
            /** @description Any other error, in the error envelope: 500 internal (a generic message; quote the X-Request-Id), 405 method_not_allowed (with Allow) */
            default: {
                headers: {
                    /** @description The request id: yours when you sent a sane one (1 to 128 of A-Z a-z 0-9 . _ : -), otherwise a generated UUID. Quote it to support. */
                    "X-Request-Id": string;
                    /** @description On 405: the methods the path does serve */
                    Allow?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
}
