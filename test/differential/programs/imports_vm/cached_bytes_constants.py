# Library modules come from pyvm's code cache once imported before: their bytes
# constants must stay what the source says whatever reads them (int.from_bytes with
# 'little' reverses a copy of the bytes, not the constant itself).
import zipfile
import pickle

for name in ('stringEndArchive', 'stringFileHeader', 'stringCentralDir'):
    constant = getattr(zipfile, name)
    print(name, constant, int.from_bytes(constant, 'little'), int.from_bytes(constant, 'little', signed=True), constant)
print(int.from_bytes(pickle.PROTO + pickle.STOP, 'little'), pickle.PROTO, pickle.STOP)
print(zipfile.stringEndArchive[::-1], bytes(reversed(zipfile.stringEndArchive)), zipfile.stringEndArchive)

# A bytearray made from a constant is a copy: changing it leaves the constant alone.
copy = bytearray(zipfile.stringEndArchive)
copy[0:2] = b'ZZ'
copy.reverse()
print(copy, zipfile.stringEndArchive, bytes(zipfile.stringEndArchive).lower())
