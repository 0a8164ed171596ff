import { describe, expect, it } from 'vitest';
import { describeStatus, findPair, findReplyCode, findStatusCodes, isStatusCode } from './index.ts';

describe('status codes', () => {
  it('finds RFC 3463 codes but not IP addresses or versions', () => {
    expect(
      findStatusCodes('host 192.0.2.1 said 550 5.1.1 user unknown (Exim 4.96.1) 4.16.55.1'),
    ).toEqual(['5.1.1']);
  });

  it('pairs a reply code with its status code and prefers errors', () => {
    expect(findPair('<<< 250 2.1.0 Ok\n<<< 550-5.7.1 blocked')).toEqual(['550', '5.7.1']);
    expect(findReplyCode('remote host said: 554 delivery error')).toBe('554');
  });

  it('checks the grammar and explains codes', () => {
    expect(isStatusCode('5.1.10')).toBe(true);
    expect(isStatusCode('5.01.1')).toBe(false);
    expect(describeStatus('4.2.2')).toBe('persistent transient failure, mailbox subject (X.2)');
  });
});
