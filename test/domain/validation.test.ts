import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ServiceError } from '../../src/domain/errors.ts';
import { maskAccountNumber } from '../../src/domain/port-request.ts';
import { assertEligible } from '../../src/domain/eligibility.ts';
import { parseE164 } from '../../src/domain/validation.ts';

const code = (fn: () => unknown) => {
  try {
    fn();
    return 'ok';
  } catch (e) {
    return (e as ServiceError).code + ':' + ((e as ServiceError).details?.[0]?.['reason'] ?? '');
  }
};

describe('phone number rules', () => {
  it('parses E.164 numbers into region and type', () => {
    assert.deepEqual(parseE164('number', '+14155551234'), { e164: '+14155551234', region: 'US', numberType: 'fixed_line_or_mobile' });
    assert.deepEqual(parseE164('number', '+16135550123'), { e164: '+16135550123', region: 'CA', numberType: 'fixed_line_or_mobile' });
    assert.deepEqual(parseE164('number', '+18005551234'), { e164: '+18005551234', region: 'US', numberType: 'toll_free' });
  });

  it('refuses other spellings with the E.164 form as a hint', () => {
    for (const [input, hint] of [['4155551234', '+14155551234'], ['+1 415 555 1234', '+14155551234'], ['1-415-555-1234', '+14155551234']]) {
      assert.throws(() => parseE164('number', input!), (e: ServiceError) => e.code === 'validation_failed' && e.message.endsWith(`did you mean ${hint}?`));
    }
    assert.throws(() => parseE164('number', 'hello'), (e: ServiceError) => e.message.endsWith('for example +14155551234'));
    assert.throws(() => parseE164('number', '+1234'), (e: ServiceError) => e.message === 'number: +1234 is not a valid phone number');
    // libphonenumber forgives a national prefix after the country code; the API does not.
    assert.throws(() => parseE164('number', '+114155550302'), (e: ServiceError) => e.code === 'validation_failed' && e.message.endsWith('did you mean +14155550302?'));
  });

  it('eligibility: supported regions and portable types only', () => {
    const regions = ['US', 'CA'];
    assert.equal(code(() => assertEligible(parseE164('n', '+14155551234'), regions)), 'ok');
    assert.equal(code(() => assertEligible(parseE164('n', '+442079460000'), regions)), 'not_eligible:region_not_supported');
    assert.equal(code(() => assertEligible(parseE164('n', '+442079460000'), ['GB'])), 'ok');
    assert.equal(code(() => assertEligible(parseE164('n', '+19005551234'), regions)), 'not_eligible:number_type_not_portable');
    assert.equal(code(() => assertEligible(parseE164('n', '+15005550006'), regions)), 'not_eligible:number_type_not_portable');
    assert.equal(code(() => assertEligible(parseE164('n', '+18005551234'), regions)), 'ok'); // toll-free ports (RespOrg change)
  });

  it('masks all but the last four characters of an account number, and never fewer than four', () => {
    assert.equal(maskAccountNumber('123456789'), '*****6789');
    assert.equal(maskAccountNumber('12345678'), '****5678');
    assert.equal(maskAccountNumber('123456'), '****56');
    assert.equal(maskAccountNumber('12345'), '****5');
    assert.equal(maskAccountNumber('1234'), '****');
    assert.equal(maskAccountNumber('12'), '**');
    assert.equal(maskAccountNumber('ÅB-12345'), '****2345');
  });
});
