# hashlib without OpenSSL (the _md5, _sha1, _sha256, _sha512, _sha3 and _blake2
# modules), hmac over them, and binascii's hex, base64, uu and CRC functions.
import base64
import binascii
import hashlib
import hmac

print(hashlib.sha256(b'x').hexdigest(), hashlib.md5(b'abc').hexdigest(), hashlib.sha1(b'').hexdigest())
print(hashlib.sha512(b'x').hexdigest()[:32], hashlib.sha384(b'x').hexdigest()[:32], hashlib.sha224(b'x').hexdigest())
print(hashlib.sha3_256(b'x').hexdigest(), hashlib.sha3_512(b'').hexdigest()[:32], hashlib.shake_128(b'x').hexdigest(10), hashlib.shake_256(b'').digest(5))
h = hashlib.new('sha256')
h.update(b'a')
copy = h.copy()
h.update(memoryview(b'b'))
print(h.hexdigest(), copy.hexdigest(), h.name, h.digest_size, h.block_size, copy.digest() == hashlib.sha256(b'a').digest())
for name in sorted(hashlib.algorithms_guaranteed):
    made = hashlib.new(name, b'data')
    print(name, made.name, made.digest_size, made.block_size, made.hexdigest(16) if name.startswith('shake') else made.hexdigest()[:16])
print(hashlib.blake2b(b'abc').hexdigest())
print(hashlib.blake2b(b'abc', digest_size=16, key=b'k', salt=b's', person=b'p', fanout=2, depth=3, leaf_size=5, node_offset=7,
                      node_depth=1, inner_size=9, last_node=True).hexdigest())
print(hashlib.blake2s(b'abc', digest_size=16, key=b'k', salt=b's', person=b'p', fanout=2, depth=3, leaf_size=5, node_offset=7,
                      node_depth=1, inner_size=9, last_node=True).hexdigest())
print(hashlib.blake2s(b'x' * 1000).hexdigest(), hashlib.blake2b(b'x' * 1000, key=b'y' * 64).hexdigest()[:32], hashlib.blake2s(b'', key=b'k').hexdigest())
for n in (0, 1, 63, 64, 65, 127, 128, 129, 256, 1000):
    print(n, hashlib.blake2b(b'q' * n).hexdigest()[:16], hashlib.blake2s(b'q' * n).hexdigest()[:16], hashlib.blake2b(b'q' * n, digest_size=20).hexdigest())
running = hashlib.blake2b()
for i in range(50):
    running.update(bytes(range(i)))
print(running.hexdigest(), running.copy().digest() == running.digest())
print(hmac.new(b'key', b'message', 'sha256').hexdigest(), hmac.digest(b'k', b'm', 'md5').hex(), hmac.compare_digest(b'a', b'a'))
for attempt in [lambda: hashlib.sha256('text'), lambda: hashlib.md5().update(1), lambda: hashlib.shake_128(b'x').digest(3),
                lambda: hashlib.blake2b(digest_size=65), lambda: hashlib.blake2s(key=b'k' * 33), lambda: hashlib.blake2b(salt=b's' * 17),
                lambda: hashlib.blake2b(fanout=256), lambda: hashlib.blake2b(depth=0), lambda: hashlib.blake2b(node_depth=256),
                lambda: hashlib.blake2b(inner_size=65), lambda: hashlib.blake2s(node_offset=2**48), lambda: hashlib.new('nope')]:
    try:
        print(attempt())
    except (TypeError, ValueError, OverflowError) as error:
        print(type(error).__name__, error)

print(binascii.hexlify(b'\x01\xab', '-'), binascii.hexlify(b'abcdef', b':', 2), binascii.hexlify(b'abcdefg', ':', -3), binascii.b2a_hex(b'x'))
print(binascii.unhexlify('6162'), binascii.a2b_hex(b'ABCD'), bytes.fromhex('0a0b'), b'\x0a\x0b'.hex(':'))
print(binascii.b2a_base64(b'abc'), binascii.b2a_base64(b'abcd', newline=False), binascii.a2b_base64(b'YW Jj\n=='),
      binascii.a2b_base64('YWJjZA==='), binascii.a2b_base64('YWJjZA=x='))
print(binascii.b2a_uu(b'hello'), binascii.b2a_uu(b''), binascii.b2a_uu(b'', backtick=True), binascii.b2a_uu(b'\0\0\0', backtick=True),
      binascii.a2b_uu(b'%:&5L;&\\ \n'), binascii.a2b_uu(b' '), binascii.a2b_uu(b'#86)C  \r\n'), len(binascii.a2b_uu(b'')))
print(binascii.crc32(b'hello'), binascii.crc32(b'hello', 5), binascii.crc32(b'hello', -1), binascii.crc_hqx(b'hello', 0), binascii.crc_hqx(b'hello', 0x1234))
for attempt in [lambda: binascii.unhexlify('abc'), lambda: binascii.unhexlify('zz'), lambda: binascii.unhexlify('é'),
                lambda: binascii.a2b_base64('abc'), lambda: binascii.a2b_base64('abcde'), lambda: binascii.hexlify(b'ab', '--'),
                lambda: binascii.a2b_base64(b'YW=Jj', strict_mode=True), lambda: binascii.a2b_base64(b'=YWJj', strict_mode=True),
                lambda: binascii.a2b_base64(b'YW Jj', strict_mode=True), lambda: binascii.a2b_base64(b'YWI==', strict_mode=True),
                lambda: binascii.b2a_uu(b'x' * 46), lambda: binascii.a2b_uu(b'!!!!!!x'), lambda: binascii.a2b_uu(b'\x7fx'),
                lambda: binascii.b2a_base64()]:
    try:
        print(attempt())
    except (binascii.Error, ValueError, TypeError) as error:
        print(type(error).__name__, error)
print(base64.b64encode(b'hello world'), base64.b64decode('aGVsbG8gd29ybGQ='), base64.urlsafe_b64encode(b'\xff\xfe'),
      base64.b32encode(b'abc'), base64.b16decode('6162'), base64.b85encode(b'abc'), base64.a85encode(b'abc'), base64.encodebytes(b'x' * 60))
try:
    base64.b64decode('abc', validate=True)
except binascii.Error as error:
    print('binascii.Error', error)
