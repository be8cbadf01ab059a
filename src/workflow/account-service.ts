/** Accounts and API keys: used by the CLI and by the server's first start. */
import { countAccounts, createAccount, createApiKey, findAccount, listAccounts, listApiKeys, revokeApiKey } from '../store/accounts.ts';
import type { Database } from '../store/database.ts';
import { claimSetting } from '../store/settings.ts';
import { ServiceError } from '../domain/errors.ts';
import type { Clock } from './clock.ts';

export interface IssuedKey {
  account_id: string;
  key_id: string;
  api_key: string;
}

export class AccountService {
  constructor(private readonly database: Database, private readonly clock: Clock) {}

  private now(): string {
    return this.clock.now().toISOString();
  }

  async createAccount(name: string, isAdmin: boolean): Promise<IssuedKey> {
    return this.database.db.transaction().execute(async (trx) => {
      const now = this.now();
      const accountId = await createAccount(trx, { name, isAdmin, now });
      const { keyId, apiKey } = await createApiKey(trx, accountId, now);
      return { account_id: accountId, key_id: keyId, api_key: apiKey };
    });
  }

  async createKey(accountId: string): Promise<IssuedKey> {
    const { db } = this.database;
    if (!(await findAccount(db, accountId))) throw new ServiceError('not_found', `Account ${accountId} not found`);
    const { keyId, apiKey } = await createApiKey(db, accountId, this.now());
    return { account_id: accountId, key_id: keyId, api_key: apiKey };
  }

  async listAccounts() {
    return (await listAccounts(this.database.db)).map((a) => ({ account_id: a.id, name: a.name, admin: a.is_admin === 1, created_at: a.created_at }));
  }

  /** Key ids and dates only: a key is never shown again after it is issued. */
  async listKeys(accountId: string) {
    if (!(await findAccount(this.database.db, accountId))) throw new ServiceError('not_found', `Account ${accountId} not found`);
    return (await listApiKeys(this.database.db, accountId)).map((k) => ({ key_id: k.id, created_at: k.created_at, revoked_at: k.revoked_at }));
  }

  async revokeKey(keyId: string): Promise<void> {
    if (!(await revokeApiKey(this.database.db, keyId, this.now()))) {
      throw new ServiceError('not_found', `Key ${keyId} not found or already revoked`);
    }
  }

  /**
   * On the first start against a database with no account, creates the `default` admin account and
   * returns its key (to be printed once). Exactly one of several instances starting together does it.
   */
  async bootstrapDefaultAccount(): Promise<IssuedKey | null> {
    if ((await countAccounts(this.database.db)) > 0) return null;
    return this.database.db.transaction().execute(async (trx) => {
      if (!(await claimSetting(trx, 'bootstrap', this.now()))) return null;
      const now = this.now();
      const accountId = await createAccount(trx, { name: 'default', isAdmin: true, now });
      const { keyId, apiKey } = await createApiKey(trx, accountId, now);
      return { account_id: accountId, key_id: keyId, api_key: apiKey };
    });
  }
}
