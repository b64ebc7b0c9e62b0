// SHA-512 as random.seed() needs it for a str, bytes or bytearray seed (the engine imports nothing
// from Node, so src/engine/util/sha512.ts computes it): the FIPS 180-2 example digests, a message
// of a million bytes, and lengths at the padding's block boundaries (111/112 bytes: where the
// 128-bit length no longer fits in the last block) against hashlib's digests.
import * as assert from 'node:assert/strict';
import { sha512 } from '../../src/engine/util/sha512';

function hex(b: Uint8Array): string {
  return Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
}
function ascii(s: string): Uint8Array {
  return Uint8Array.from(s, (c) => c.charCodeAt(0));
}

describe('SHA-512', () => {
  it('gives the FIPS 180-2 example digests', () => {
    assert.equal(hex(sha512(ascii(''))), 'cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce47d0d13c5d85f2b0ff8318d2877eec2f63b931bd47417a81a538327af927da3e');
    assert.equal(hex(sha512(ascii('abc'))), 'ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f');
    assert.equal(hex(sha512(ascii('abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu'))), '8e959b75dae313da8cf4f72814fc143f8f7779c6eb9f7fa17299aeadb6889018501d289e4900f7e4331b99dec4b5433ac7d329eeb6dd26545e96e55b874be909');
    assert.equal(hex(sha512(new Uint8Array(1000000).fill(0x61))), 'e718483d0ce769644e2e42c7bc15b4638e1f98b13b2044285632a803afa973ebde0ff244877ea60a4cb0432ce577c31beb009c5c2c49aa2e4eadb217ad8cc09b');
  });

  it('pads messages at every block boundary as hashlib does', () => {
    const cases: [number, string][] = [
    [111, 'ca42f829cbc9e2c24e0cdcf754d6cc5794c6e7a7467b37d88706d1e7d8a8ed17e49c0485cb4423d43970135539ec7acaeeaeac1bf275757fa2b946532fd1a557'],
    [112, 'ff7d52fc3a61de5265b1f12a31ddaf4d7b1d810512d9ff05a1749e9af2b6e154aca9df6f38f74d1fe9e9a17e2751c28e0a9f22a0cff74af4a11551da33c04384'],
    [113, '468118ee2a6625ee1e25951fabfe234ca1f3e6a717b976e1744228693c724336aaa4005187c7e1a6413b3466ceec9a5a4cc84556256a63a1615c680d116fd42c'],
    [127, 'd1b18bf347c967bf6b44ccbed5afa82c532c3c67b12300fdb7c92c00ad046ecdbb073335d1d765884712c3c9d9a097bbd6b52ae3bf57f4a69886db984df980ff'],
    [128, 'f225e70ebaf47c24482148ef1610c2eafaf640fbee9f860c0f883b79a72e764f3a788f69ce19b09aaa2b38eba4c0631f4ea86b0a8c01c623e9c8966d8bffe956'],
    [129, 'b54f0317be5b89da560cacd77a26276f4b38a630cde21f1dcfa6762fed691aa2b9758c7a429696996e7b6c35ebbc6888b833a92a399e285759a20332e12c0e12'],
    [239, 'dccfdd5bf11ad724331f20c88ad76b5f9f5a5984951beb1a0924239ceb4bae99ced414a3fe56c7021260be6b8749f44bc5345349c169133f87543c94d8574540'],
    [240, 'ea73a27e0dd47d8448e78a57613cb53954b401c7dc06b93c4cad9c42c9356a1361376adb87095d73c4bd82cecf364244b96b75d8d16d2a0c8c57b1e29b99c807'],
    [255, '46fd3a6f1b59e66650f00f2aa479e3320ff8e26473c1327ca81f6842e79fc65e39960148455d5e77e9b7d101bf2bbe22b7a517a09e25a813d87f51990ee2c894'],
    [256, '6c8ee98ccddf57d6260246e0f0c625b9e5716a84905c6988916b15c327dbb8755a3cbcddb3b40312be2ca1d286a0600107e1d77c14c5ff9f15afa4f47d426cff'],
    ];
    for (const [n, want] of cases) {
      const m = Uint8Array.from({ length: n }, (_, i) => (i * 131 + 7) & 255);
      assert.equal(hex(sha512(m)), want, `length ${n}`);
    }
  });
});
