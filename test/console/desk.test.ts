/**
 * The console end to end in Chromium with CARRIER_MODE=manual, where nothing moves unless someone
 * moves it: a customer cancels a port; the porting desk finds another customer's port in its queue and
 * walks it to completed while the customer's page follows live; the desk writes an internal note (never on
 * the customer's page) and a public comment asking the customer to act (shown, flagged, cleared by the
 * customer's answer), and reads the customer's uploaded bill. Writes docs/screenshots/desk*.png and
 * port-comments.png.
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

  it('made no errors in the browser console and no failed requests', () => {
    assert.deepEqual(c.problems, []);
  });
});
