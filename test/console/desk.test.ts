/**
 * The console end to end in Chromium with CARRIER_MODE=manual, where nothing moves unless someone
 * moves it: a customer cancels a port; the porting desk finds another customer's port in its queue and
 * walks it to completed while the customer's page follows live; the desk writes an internal note (never on
 * the customer's page) and a public comment asking the customer to act (shown, flagged, cleared by the
 * customer's answer), and reads the customer's uploaded bill; the desk's queue by losing carrier and its
 * "Needs attention" (flagged, then failed); a customer deleting a document, and the API's refusal once
 * the port moved on. Writes docs/screenshots/desk*.png and port-comments.png.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, afterEach, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { screenshot, startConsole, waitForPath, type Console } from '../helpers/browser.ts';
import { cli } from '../helpers/process.ts';

let c: Console;
let customerKey: string;
let customerId: string;
before(async () => {
  c = await startConsole({ CARRIER_MODE: 'manual' });
  const made = cli(['accounts', 'create', '--name', 'Acme Dental'], c.dbEnv);
  assert.equal(made.status, 0, made.stderr);
  ({ api_key: customerKey, account_id: customerId } = JSON.parse(made.stdout));
});
after(() => c?.close());

async function submitPort(page: Page, number: string): Promise<void> {
  await page.goto('/ports/new');
  await page.getByLabel('Phone number', { exact: true }).fill(number);
  await page.getByLabel('Account number').fill('77-120-9');
  await page.getByLabel('Billing phone number').fill(number);
  await page.getByLabel('Name on the account').fill('Acme Dental LLC');
  await page.getByLabel('Street').fill('1 Market St');
  await page.getByLabel('City').fill('San Francisco');
  await page.getByLabel('State or province').fill('CA');
  await page.getByLabel('Postal code').fill('94105');
  await page.getByRole('button', { name: 'Submit port' }).click();
  await waitForPath(page, /\/ports\/port_/);
}

const headerBadge = (page: Page) => page.locator('.page-header h1 .badge');

const portBody = (number: string) => ({
  number,
  account_number: '77-120-9',
  billing_phone: number,
  end_user_name: 'Acme Dental LLC',
  end_user_address: { street: '1 Market St', city: 'San Francisco', state: 'CA', postal_code: '94105', country: 'US' },
});

/** A request to the server's API with a key (what the other side does meanwhile); the answer's data. */
async function api(method: string, path: string, key: string, body?: unknown): Promise<any> {
  const res = await fetch(new URL(path, c.server.url), { method, headers: { 'X-Auth-Token': key, ...(body ? { 'Content-Type': 'application/json' } : {}) }, ...(body ? { body: JSON.stringify(body) } : {}) });
  const json = (await res.json()) as { success: boolean; data: unknown };
  assert.ok(res.ok, `${method} ${path}: ${res.status} ${JSON.stringify(json)}`);
  return json.data;
}

/** Waits until the queue's rows hold these numbers, top to bottom. */
async function waitForNumbers(page: Page, expected: string[]): Promise<void> {
  await page.waitForFunction(
    (want) => JSON.stringify([...document.querySelectorAll('table.table tbody tr td:first-child')].map((td) => (td as HTMLElement).innerText.trim())) === want,
    JSON.stringify(expected),
    { polling: 100 },
  );
}

afterEach(() => c?.closePages());

describe('the console for the porting desk (manual carrier)', () => {
  it('a customer cancels a pending port, with a reason, from its page', async () => {
    const { context, page } = await c.open();
    await c.signIn(page, customerKey);
    assert.equal(await page.getByRole('link', { name: 'Porting desk' }).count(), 0, 'no desk for a customer');
    await submitPort(page, '+14155550190');
    await headerBadge(page).getByText('Pending review').waitFor();
    await page.getByRole('button', { name: 'Cancel port' }).click();
    await page.getByLabel('Reason').fill('Customer is staying with their carrier');
    await page.getByRole('button', { name: 'Cancel the port' }).click();
    await headerBadge(page).getByText('Cancelled').waitFor();
    await page.locator('.timeline').getByText('Customer is staying with their carrier', { exact: false }).waitFor();
    assert.equal(await page.getByRole('button', { name: 'Cancel port' }).count(), 0, 'no cancel once cancelled');
    await page.goto('/desk');
    await page.getByText('There is nothing at this address').waitFor();
    await context.close();
  });

  it('the desk moves a customer’s port through authorized and transferring to completed; the customer sees it live', async () => {
    const customer = await c.open();
    await c.signIn(customer.page, customerKey);
    await submitPort(customer.page, '+14155550191');
    await headerBadge(customer.page).getByText('Pending review').waitFor();
    await customer.page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));

    const desk = await c.open();
    await c.signIn(desk.page);
    await desk.page.getByRole('link', { name: 'Porting desk' }).click();
    await desk.page.getByRole('link', { name: /Pending review\s*1/ }).waitFor();
    const row = desk.page.locator('table.table tbody tr').filter({ hasText: '+1 415 555 0191' });
    await row.getByText(customerId).waitFor();
    await screenshot(desk.page, 'desk');
    await row.getByRole('link', { name: '+1 415 555 0191' }).click();
    await waitForPath(desk.page, /\/desk\/ports\/port_/);

    await desk.page.getByLabel('Move to').selectOption('authorized');
    await desk.page.getByLabel('Message to the customer').fill('FOC confirmed by Bluebell.');
    await desk.page.getByRole('button', { name: 'Move to Authorized' }).click();
    await headerBadge(desk.page).getByText('Authorized').waitFor();
    await headerBadge(customer.page).getByText('Authorized').waitFor();
    await customer.page.locator('.timeline').getByText('FOC confirmed by Bluebell.').waitFor();

    await desk.page.getByLabel('Move to').selectOption('in_progress');
    await desk.page.getByRole('button', { name: 'Move to Transferring' }).click();
    await headerBadge(desk.page).getByText('Transferring').waitFor();
    await desk.page.getByLabel('Move to').selectOption('completed');
    await desk.page.getByRole('button', { name: 'Move to Completed' }).click();
    await headerBadge(desk.page).getByText('Completed').waitFor();
    await desk.page.getByText('Completed is final: nothing moves from here.').waitFor();
    await desk.page.locator('.timeline').getByText('Porting desk', { exact: false }).first().waitFor();
    await screenshot(desk.page, 'desk-port');

    await headerBadge(customer.page).getByText('Completed').waitFor();
    assert.equal(await customer.page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed), true, 'the customer’s page was not reloaded');
    await customer.context.close();
    await desk.context.close();
  });

  it('a desk refusal is shown next to its field (a weekend FOC date)', async () => {
    const customer = await c.open();
    await c.signIn(customer.page, customerKey);
    await submitPort(customer.page, '+14155550192');
    const portPath = new URL(customer.page.url()).pathname;
    await customer.context.close();
    const desk = await c.open();
    await c.signIn(desk.page);
    await desk.page.goto(`/desk${portPath}`);
    await desk.page.getByLabel('Move to').selectOption('authorized');
    await desk.page.getByLabel('FOC date').fill('2020-01-04');
    await desk.page.locator('#f-foc_date-error').getByText('weekend', { exact: false }).waitFor();
    await desk.page.getByRole('button', { name: 'Move to Authorized' }).click();
    // The service's own answer replaces the browser's weekend hint beside the field.
    const answer = desk.page.locator('#f-foc_date-error').filter({ hasNotText: 'That is a weekend day' });
    await answer.waitFor();
    assert.match((await answer.textContent()) ?? '', /business day|passed|earliest/i);
    const refused = c.problems.findIndex((p) => /status of 400/.test(p));
    assert.ok(refused >= 0, 'the browser logged the refused request');
    c.problems.splice(refused, 1);
    await desk.context.close();
  });

  it('comments: a desk internal note never reaches the customer; a public one asking to act is shown and flagged until the customer answers; the desk reads the bill', async () => {
    const customer = await c.open();
    await c.signIn(customer.page, customerKey);
    await submitPort(customer.page, '+14155550193');
    const portPath = new URL(customer.page.url()).pathname;
    await customer.page.getByText('No comments yet.').waitFor();
    // The customer uploads a bill to the port.
    const bill = join(import.meta.dirname, '..', 'fixtures', 'bill.pdf');
    await customer.page.getByText('Upload a document').click();
    await customer.page.getByLabel('Document type').selectOption('invoice');
    await customer.page.getByLabel('File', { exact: true }).setInputFiles(bill);
    await customer.page.getByRole('button', { name: 'Upload', exact: true }).click();
    await customer.page.locator('#documents .doc').filter({ hasText: 'Bill (invoice)' }).waitFor();

    const desk = await c.open();
    await c.signIn(desk.page);
    await desk.page.goto(`/desk${portPath}`);
    const deskComments = desk.page.locator('#comments');
    await deskComments.getByText('No comments yet.').waitFor();
    await deskComments.getByLabel('Internal note (desk only)').check();
    await deskComments.getByLabel('Internal note', { exact: true }).fill('Bluebell CSR shows a second line on this account.');
    await deskComments.getByRole('button', { name: 'Add internal note' }).click();
    const note = deskComments.locator('.comment').filter({ hasText: 'Bluebell CSR shows a second line' });
    await note.getByText('Internal note · not shown to the customer').waitFor();
    await deskComments.getByLabel('Public (the customer sees it)').check();
    await deskComments.getByLabel('Comment to the customer').fill('Please confirm the service address matches your latest bill.');
    await deskComments.getByLabel('The customer must act').check();
    await deskComments.getByRole('button', { name: 'Add comment' }).click();
    await deskComments.locator('.comment.asks').getByText('Please confirm the service address').waitFor();
    await desk.page.getByText('Waiting for the customer').waitFor();

    // The desk reads the customer's bill through the desk routes: the same bytes.
    const deskBill = desk.page.locator('#documents .doc').filter({ hasText: 'Bill (invoice)' });
    const got = await desk.page.request.get((await deskBill.getByRole('link', { name: /^Download/ }).getAttribute('href'))!);
    assert.equal(got.status(), 200);
    assert.match(got.headers()['content-disposition'] ?? '', /^attachment/);
    assert.deepEqual(await got.body(), readFileSync(bill));
    await screenshot(desk.page, 'desk-comments');

    // The customer's page: the public comment and the banner, live; the internal note nowhere.
    const comments = customer.page.locator('#comments');
    await comments.getByText('Please confirm the service address matches your latest bill.').waitFor();
    await customer.page.getByText('The porting desk needs something from you').waitFor();
    await comments.locator('.comment.asks').getByText('Action required').waitFor();
    await customer.page.reload();
    await comments.getByText('Please confirm the service address matches your latest bill.').waitFor();
    assert.equal(await customer.page.getByText('Bluebell CSR shows a second line', { exact: false }).count(), 0);
    assert.ok(!(await customer.page.content()).includes('second line'), 'no trace of the internal note in the customer’s page');
    await screenshot(customer.page, 'port-comments');
    // "Needs attention" lists the flagged port (not failed) above the failed ones, and counts it.
    await customer.page.goto('/ports?view=attention');
    const flaggedCard = customer.page.locator('section.card', { has: customer.page.getByRole('heading', { name: 'Flagged by the porting desk' }) });
    await flaggedCard.getByText('+1 415 555 0193').waitFor();
    await customer.page.goto(portPath);

    // The customer answers: the flag clears on both sides.
    await comments.getByLabel('Comment to the porting desk').fill('Confirmed: 1 Market St is on the bill.');
    await comments.getByRole('button', { name: 'Add comment' }).click();
    await comments.locator('.comment.from-customer').getByText('Confirmed: 1 Market St is on the bill.').waitFor();
    await customer.page.getByText('The porting desk needs something from you').waitFor({ state: 'detached' });
    await desk.page.getByText('Waiting for the customer').waitFor({ state: 'detached' });
    await deskComments.locator('.comment.from-customer').getByText('Confirmed: 1 Market St is on the bill.').waitFor();
    await customer.context.close();
    await desk.context.close();
  });

  it('the desk’s queue: filtered by losing carrier (kept in the URL), and "Needs attention" lists flagged ports first, then failed ones', async () => {
    // An account of its own, so the queue (filtered by it) holds exactly these ports.
    const made = cli(['accounts', 'create', '--name', 'Harbor Clinic'], c.dbEnv);
    assert.equal(made.status, 0, made.stderr);
    const harbor = JSON.parse(made.stdout) as { api_key: string; account_id: string };
    const bluebell = await api('POST', '/v2/ports', harbor.api_key, portBody('+14155550194')); // +1 415: Bluebell, SPID 2002
    await api('POST', '/v2/ports', harbor.api_key, portBody('+12125550195')); // +1 212: Cascade, SPID 3003
    const cascadeFailed = await api('POST', '/v2/ports', harbor.api_key, portBody('+12125550196'));
    await api('POST', '/v2/ports', harbor.api_key, portBody('+14155550198'));
    await api('POST', `/v2/admin/ports/${cascadeFailed.id}/transition`, c.key, { status: 'failed', rejection_code: 'ACCOUNT_NUMBER_MISMATCH', message: 'Cascade has another account number.' });
    await api('POST', `/v2/admin/ports/${bluebell.id}/comments`, c.key, { body: 'Please send a bill that shows this number.', action_required: true });

    const { page } = await c.open();
    await c.signIn(page);
    await page.goto(`/desk?view=attention&account=${harbor.account_id}`);
    const flagged = page.locator('section.queue-part', { has: page.getByRole('heading', { name: /Flagged by the desk/ }) });
    await flagged.locator('tbody tr').filter({ hasText: '+1 415 555 0194' }).waitFor();
    await page.getByRole('heading', { name: /^Failed\s*1$/ }).waitFor();
    await waitForNumbers(page, ['+1 415 555 0194', '+1 212 555 0196']); // flagged first, then failed
    await page.getByRole('link', { name: /Needs attention\s*2/ }).waitFor(); // one failed, one flagged
    await screenshot(page, 'desk-attention');

    // A carrier: the flagged Bluebell port leaves the view; the tab counts that carrier's.
    await page.getByLabel('Losing carrier').selectOption({ label: 'Cascade Voice (3003)' });
    await waitForPath(page, /[?&]carrier=3003/);
    await page.getByRole('link', { name: /Needs attention\s*1/ }).waitFor();
    await page.getByRole('heading', { name: /Flagged by the desk/ }).waitFor({ state: 'detached' });
    await waitForNumbers(page, ['+1 212 555 0196']);
    // Another tab keeps the account and the carrier.
    await page.getByRole('link', { name: /^Pending review/ }).click();
    await waitForPath(page, new RegExp(`view=pending&account=${harbor.account_id}&carrier=3003`));
    await waitForNumbers(page, ['+1 212 555 0195']);
    await page.getByRole('link', { name: /Pending review\s*1/ }).waitFor();
    await page.getByLabel('Losing carrier').selectOption('2002');
    await waitForPath(page, /carrier=2002/);
    await waitForNumbers(page, ['+1 415 555 0194', '+1 415 555 0198']); // oldest waiting first
    // Kept in the URL: a reload (or a shared link) shows the same queue.
    await page.goto(`/desk?view=pending&carrier=3003&account=${harbor.account_id}`);
    await waitForNumbers(page, ['+1 212 555 0195']);
    assert.equal(await page.getByLabel('Losing carrier').inputValue(), '3003');
    await page.goto('/desk?view=orders&carrier=6214');
    await page.getByText('No orders from Metro Wireless (6214)').waitFor();
  });

  it('the customer deletes a document while the port may change (after confirming); once it moved on, the API’s refusal is shown', async () => {
    const { page } = await c.open();
    await c.signIn(page, customerKey);
    await submitPort(page, '+14155550197');
    const portId = new URL(page.url()).pathname.split('/').pop()!;
    const bill = join(import.meta.dirname, '..', 'fixtures', 'bill.pdf');
    const upload = async () => {
      const form = page.locator('#documents details.upload');
      if ((await form.getAttribute('open')) === null) await form.getByText('Upload a document').click();
      await page.getByLabel('File', { exact: true }).setInputFiles(bill);
      await page.getByRole('button', { name: 'Upload', exact: true }).click();
      await page.locator('#documents .doc').filter({ hasText: 'bill.pdf' }).waitFor();
    };
    await upload();
    // Dismissed: nothing happens.
    page.once('dialog', (d) => void d.dismiss());
    await page.getByRole('button', { name: 'Delete bill.pdf' }).click();
    assert.equal(await page.locator('#documents .doc').count(), 1);
    let asked = '';
    page.once('dialog', (d) => {
      asked = d.message();
      void d.accept();
    });
    await page.getByRole('button', { name: 'Delete bill.pdf' }).click();
    await page.locator('#documents').getByText('No documents yet.').waitFor();
    assert.match(asked, /^Delete “bill\.pdf” \(other\)\? This cannot be undone\.$/);
    assert.deepEqual((await api('GET', `/v2/ports/${portId}/documents`, customerKey)), []);

    // The desk authorizes the port while this page has not heard of it yet (its news held back):
    // the button is still there, and the API's refusal shows under the document.
    await upload();
    await page.route('**/v2/events?*', (route) => route.fulfill({ json: { success: true, data: [], pagination: { limit: 10, next_cursor: null } } }));
    await api('POST', `/v2/admin/ports/${portId}/transition`, c.key, { status: 'authorized' });
    page.once('dialog', (d) => void d.accept());
    await page.getByRole('button', { name: 'Delete bill.pdf' }).click();
    const refusal = page.locator('#documents .doc [role=alert]');
    await refusal.getByText('This document can no longer be deleted: its port is authorized', { exact: false }).waitFor();
    assert.equal((await api('GET', `/v2/ports/${portId}/documents`, customerKey)).length, 1, 'the document stays');
    const refused = c.problems.findIndex((p) => /status of 409/.test(p));
    assert.ok(refused >= 0, 'the browser logged the refused request');
    c.problems.splice(refused, 1);
    // Once the page hears of the move, the delete button is gone.
    await page.unroute('**/v2/events?*');
    await headerBadge(page).getByText('Authorized').waitFor();
    await page.getByRole('button', { name: 'Delete bill.pdf' }).waitFor({ state: 'detached' });
  });

  it('made no errors in the browser console and no failed requests', () => {
    assert.deepEqual(c.problems, []);
  });
});
