/**
 * The console end to end in Chromium (contract/console-cli.md "Tests of the console"), against a real
 * server with the simulated carrier on a fast calendar: sign-in, a port submitted in the form and seen
 * completing live, a rejected port corrected until it completes, an order checked, split, created, its
 * LOA signed and a bill uploaded (ORDER_REQUIREMENTS at its default), submitted and completed, a webhook
 * with a delivery; at 360 px wide; no browser-console errors.
 * Writes docs/screenshots/*.png of the main pages.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, afterEach, before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { Webhook } from 'standardwebhooks';
import { browserStorage, screenshot, startConsole, WAIT_MS, waitForPath, type Console } from '../helpers/browser.ts';
import { startReceiver, type Receiver } from '../helpers/receiver.ts';

let c: Console;
let receiver: Receiver;
before(async () => {
  // 100,000× real time: a port's business days pass in seconds. ORDER_REQUIREMENTS stays at its
  // default: an order needs its LOA and a bill before it is submitted.
  c = await startConsole({ TIME_SCALE: '100000' });
  receiver = await startReceiver();
});
after(async () => {
  await receiver?.close();
  await c?.close();
});

async function fillDetails(page: Page, opts: { pin?: string } = {}) {
  await page.getByLabel('Account number').fill('ACC-55012');
  if (opts.pin) await page.getByLabel('Account PIN').fill(opts.pin);
  await page.getByLabel('Current provider').fill('Metro Telecom');
  await page.getByLabel('Billing phone number').fill('+12125550100');
  await page.getByLabel('Name on the account').fill('Acme Dental LLC');
  await page.getByLabel('Street').fill('350 Fifth Avenue');
  await page.getByLabel('City').fill('New York');
  await page.getByLabel('State or province').fill('NY');
  await page.getByLabel('Postal code').fill('10118');
}

/** Submits a port through the form; returns its id (from the page it lands on). */
async function submitPort(page: Page, number: string, reference?: string): Promise<string> {
  await page.goto('/ports/new');
  await page.getByLabel('Phone number', { exact: true }).fill(number);
  await fillDetails(page);
  if (reference) await page.getByLabel('Customer reference').fill(reference);
  await page.getByRole('button', { name: 'Submit port' }).click();
  await waitForPath(page, /\/ports\/port_/);
  return new URL(page.url()).pathname.split('/').pop()!;
}

const headerBadge = (page: Page) => page.locator('.page-header h1 .badge');
const BILL = join(import.meta.dirname, '..', 'fixtures', 'bill.pdf');

afterEach(() => c?.closePages());

describe('the console for a customer', () => {
  it('signs in with the printed key: an HttpOnly, SameSite=Strict session, no key in browser storage, CSP on the page', async () => {
    const { context, page } = await c.open();
    const res = await page.goto('/');
    const csp = res!.headers()['content-security-policy'];
    assert.match(csp ?? '', /frame-ancestors 'none'/);
    assert.match(csp ?? '', /script-src 'self'/);
    assert.equal(res!.headers()['x-content-type-options'], 'nosniff');
    await waitForPath(page, /\/sign-in$/);
    await screenshot(page, 'sign-in', false);

    await page.getByLabel('API key').fill('ptk_not-a-real-key');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.locator('#f-api_key-error').getByText('This API key is not valid or has been revoked').waitFor();
    assert.equal(await page.getByLabel('API key').getAttribute('aria-invalid'), 'true');
    // The browser itself logs the refused sign-in (401); that one was asked for.
    const refused = c.problems.findIndex((p) => /status of 401/.test(p));
    assert.ok(refused >= 0);
    c.problems.splice(refused, 1);

    await c.signIn(page);
    await page.getByText('No ports yet').waitFor();
    const cookies = await context.cookies();
    const session = cookies.find((k) => k.name === 'porting_session');
    assert.ok(session, 'a session cookie');
    assert.equal(session.httpOnly, true);
    assert.equal(session.sameSite, 'Strict');
    assert.equal(session.secure, false, 'plain HTTP on localhost');
    assert.equal(await page.evaluate(() => document.cookie), '', 'the cookie is out of reach of scripts');
    const stored = await browserStorage(page);
    assert.ok(!stored.includes(c.key) && !stored.includes('ptk_'), `no key in browser storage: ${stored}`);

    await page.getByRole('button', { name: 'Sign out' }).click();
    await waitForPath(page, /\/sign-in/);
    await page.goto('/ports');
    await waitForPath(page, /\/sign-in\?next=%2Fports/);
    assert.equal((await context.cookies()).find((k) => k.name === 'porting_session'), undefined);
    await context.close();
  });

  it('submits a port in the form (the number checked as typed) and shows it completing live, without a reload', async () => {
    const { context, page } = await c.open();
    await c.signIn(page);
    await page.getByRole('link', { name: 'New port' }).click();
    await waitForPath(page, /\/ports\/new$/);
    // 0106: the carrier takes 3 business days longer to review, so the page sees the port move.
    await page.getByLabel('Phone number', { exact: true }).fill('(212) 555-0106');
    await page.getByText('Did you mean +12125550106?').waitFor();
    await page.getByRole('button', { name: 'Use +12125550106' }).click();
    assert.equal(await page.getByLabel('Phone number', { exact: true }).inputValue(), '+12125550106');
    await page.getByText('Valid US number in E.164 form').first().waitFor();
    await fillDetails(page);
    await page.getByLabel('Customer reference').fill('ticket-4471');
    await screenshot(page, 'new-port');
    await page.getByRole('button', { name: 'Submit port' }).click();
    await waitForPath(page, /\/ports\/port_/);
    await page.getByRole('heading', { name: /\+1 212 555 0106/ }).waitFor();
    await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
    assert.notEqual(await headerBadge(page).textContent(), 'Completed');
    await headerBadge(page).getByText('Completed').waitFor({ timeout: WAIT_MS });
    assert.equal(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed), true, 'the same page, not reloaded');
    await page.locator('.timeline').getByText('Number successfully transferred to Audian').waitFor();
    await page.locator('.timeline').getByText('Carrier approved the port', { exact: false }).waitFor();
    await screenshot(page, 'port');
    await context.close();
  });

  it('corrects a rejected port and resubmits it until it completes', async () => {
    const { context, page } = await c.open();
    await c.signIn(page);
    await submitPort(page, '+12125550101', 'ticket-4472');
    await headerBadge(page).getByText('Failed').waitFor();
    await page.getByText('Rejected: account number mismatch').waitFor();
    await page.getByText('What to do:').waitFor();
    await page.getByRole('button', { name: 'Correct and resubmit' }).click();
    await page.getByLabel('Account number').fill('ACC-55099');
    await page.getByRole('button', { name: 'Resubmit the port' }).click();
    await headerBadge(page).getByText('Completed').waitFor();
    await page.locator('.timeline').getByText('Resubmitted', { exact: true }).waitFor();
    // Back on the list: the tabs count it, the search finds it by reference.
    await page.getByRole('link', { name: 'Ports', exact: true }).first().click();
    await page.getByRole('link', { name: /Completed\s*2/ }).waitFor();
    await page.getByLabel('Search by number or customer reference').fill('ticket-4472');
    await page.getByRole('button', { name: 'Search' }).click();
    await waitForPath(page, /q=ticket-4472/);
    await page.locator('table.table tbody tr').first().getByText('+1 212 555 0101').waitFor();
    await page.locator('table.table tbody tr').nth(1).waitFor({ state: 'detached' });
    assert.equal(await page.locator('table.table tbody tr').count(), 1);
    await context.close();
  });

  it('creates an order from pasted numbers (portability and split shown first), submits it and sees it complete', async () => {
    const { context, page } = await c.open();
    await c.signIn(page);
    await page.getByRole('link', { name: 'Orders', exact: true }).click();
    await page.getByText('No orders yet').waitFor();
    await page.getByRole('link', { name: 'Create an order' }).click();
    await page.getByLabel('Numbers, one a line').fill('+12125550141\n(415) 555-0142\n+16465550143\n+19005550144');
    await page.getByRole('button', { name: 'Check numbers' }).click();
    await page.getByText('3 of 4 can be ported').waitFor();
    await page.getByText('This kind of number cannot be ported').waitFor();
    const split = page.locator('.split-group');
    assert.equal(await split.count(), 3);
    await split.filter({ hasText: 'Metro Wireless' }).getByText('needs the account PIN').waitFor();
    await fillDetails(page, { pin: '2468' });
    await screenshot(page, 'new-order');
    await page.getByRole('button', { name: 'Create draft order (3 numbers)' }).click();
    await waitForPath(page, /\/orders\/ord_/);
    await headerBadge(page).getByText('Draft').waitFor();

    // Nothing signed or uploaded yet: Submit is disabled and says why.
    const submit = page.getByRole('button', { name: 'Submit order' });
    assert.equal(await submit.isDisabled(), true);
    assert.equal(await page.locator('#submit-reason').textContent(), 'Before submitting: sign the LOA (or upload a signed one) and upload a copy of a recent bill.');
    const requirement = (name: string) => page.locator('.requirements li').filter({ hasText: name }).locator('strong');
    assert.equal(await requirement('Letter of authorization').textContent(), 'Missing');
    assert.equal(await requirement('recent bill').textContent(), 'Missing');

    // The unsigned LOA is a download of the generated PDF.
    const loaLink = page.getByRole('link', { name: 'Download the LOA (PDF, unsigned)' });
    const loa = await page.request.get((await loaLink.getAttribute('href'))!);
    assert.equal(loa.status(), 200);
    assert.equal(loa.headers()['content-type'], 'application/pdf');
    assert.match(loa.headers()['content-disposition'] ?? '', /^attachment/);
    assert.equal((await loa.body()).subarray(0, 5).toString(), '%PDF-');

    // Signed in the page: the requirement is met, the signed letter listed with its SHA-256.
    await page.getByLabel('Signer’s name').fill('Dana Whitfield');
    await page.getByLabel('Signer’s title').fill('Office Manager');
    await page.getByRole('button', { name: 'Sign the LOA' }).click();
    await page.getByText('Tick the box to agree to sign electronically').waitFor();
    await page.getByLabel('I agree to sign this letter electronically').check();
    await page.getByRole('button', { name: 'Sign the LOA' }).click();
    await requirement('Letter of authorization').getByText('Signed').waitFor();
    const signed = page.locator('.doc').filter({ hasText: 'Letter of authorization' });
    await signed.waitFor();
    assert.match((await signed.locator('.doc-hash .mono').textContent()) ?? '', /^[0-9a-f]{64}$/);
    assert.equal(await submit.isDisabled(), true, 'the bill is still missing');

    // The bill, uploaded with the file input: listed with the SHA-256 of the very file.
    await page.getByLabel('Document type').selectOption('invoice');
    await page.getByLabel('File', { exact: true }).setInputFiles(BILL);
    await page.getByRole('button', { name: 'Upload', exact: true }).click();
    await requirement('recent bill').getByText('Uploaded').waitFor();
    const bill = page.locator('.doc').filter({ hasText: 'Bill (invoice)' });
    assert.equal(await bill.locator('.doc-hash .mono').textContent(), createHash('sha256').update(readFileSync(BILL)).digest('hex'));
    const download = await page.request.get((await bill.getByRole('link', { name: /^Download/ }).getAttribute('href'))!);
    assert.equal(download.status(), 200);
    assert.deepEqual(await download.body(), readFileSync(BILL));
    await page.locator('#submit-reason').waitFor({ state: 'detached' });
    await screenshot(page, 'order-documents');

    await submit.click();
    await headerBadge(page).getByText('Completed').waitFor();
    assert.equal(await page.locator('.suborder').count(), 3);
    assert.equal(await page.locator('.number-list .badge-completed').count(), 3);
    await screenshot(page, 'order');
    await context.close();
  });

  it('adds a webhook endpoint (its secret shown once), sends a test and shows the delivery', async () => {
    const { context, page } = await c.open();
    await c.signIn(page);
    await page.getByRole('link', { name: 'Webhooks' }).click();
    await page.getByText('No webhook endpoints yet').waitFor();
    await page.getByRole('button', { name: 'Add an endpoint' }).click();
    await page.getByLabel('Endpoint URL').fill(receiver.url);
    await page.getByLabel('Description').fill('CRM sync');
    await page.getByRole('button', { name: 'Add endpoint' }).click();
    const secret = (await page.locator('.secret code').textContent())!;
    assert.match(secret, /^whsec_/);
    await page.getByRole('link', { name: 'Open the endpoint' }).click();
    await page.getByRole('button', { name: 'Send test event' }).click();
    const row = page.locator('#deliveries tbody tr').filter({ hasText: 'webhook.test' });
    await row.getByText('Delivered').waitFor();
    await row.getByRole('button', { name: 'Attempts' }).click();
    await page.locator('.attempts').getByText('HTTP 200').waitFor();
    const got = receiver.received.find((r) => r.body.includes('"webhook.test"'));
    assert.ok(got, 'the receiver got the test event');
    const event = new Webhook(secret).verify(got.body, got.headers as Record<string, string>) as { type: string };
    assert.equal(event.type, 'webhook.test', 'signed with the secret the page showed');
    await screenshot(page, 'webhooks');
    await context.close();
  });

  it('lists ports with tabs and counts, and stays usable at 360 px wide', async () => {
    const { context, page } = await c.open();
    await c.signIn(page);
    await page.getByRole('link', { name: /Completed\s*\d/ }).waitFor();
    await screenshot(page, 'ports');
    await context.close();

    const narrow = await c.open({ width: 360, height: 740 });
    await c.signIn(narrow.page);
    for (const path of ['/ports', '/ports/new', '/orders', '/webhooks']) {
      await narrow.page.goto(path);
      await narrow.page.locator('.page-header h1').waitFor().catch((err: Error) => {
        throw new Error(`${path} at 360 px: ${err.message}\n${narrow.page.url()}`);
      });
      const overflow = await narrow.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.equal(overflow, 0, `${path} scrolls sideways at 360 px`);
    }
    await narrow.page.goto('/ports');
    await narrow.page.locator('table.table tbody tr').first().waitFor();
    const box = await narrow.page.getByRole('link', { name: 'New port' }).boundingBox();
    assert.ok(box && box.x >= 0 && box.x + box.width <= 360, 'the main action is on screen');
    await screenshot(narrow.page, 'ports-360');
    await narrow.context.close();
  });

  it('made no errors in the browser console and no failed requests', () => {
    assert.deepEqual(c.problems, []);
  });
});
