/** Who is asking: the account behind the API key (or console session) of a request. */
export interface Principal {
  accountId: string;
  accountName: string;
  isAdmin: boolean;
  keyId: string;
}

/** How each kind of actor is recorded in a port's history. */
export const customerActor = (p: Principal): string => `customer:${p.accountId}`;
export const deskActor = (p: Principal): string => `desk:${p.accountId}`;
export const CARRIER_ACTOR = 'carrier';
