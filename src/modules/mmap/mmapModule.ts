// The mmap module: its constants (Linux x86-64's values) and the mmap type (./mmapObject,
// made as ./mmapNew says). mmap.error is OSError, as in CPython 3.
import { newModule } from '../../objects/module';
import { OSError } from '../../objects/exceptions';
import { registerBuiltinModule } from '../registry';
import { ACCESS_COPY, ACCESS_DEFAULT, ACCESS_READ, ACCESS_WRITE, mmapType } from './mmapObject';
import { MAP_ANONYMOUS, MAP_PRIVATE, MAP_SHARED, PAGESIZE, PROT_READ, PROT_WRITE } from './mmapNew';

const mmapModule = newModule('mmap');
mmapType.attrs.set('__module__', 'mmap');

const constants: Record<string, number> = {
  ACCESS_COPY, ACCESS_DEFAULT, ACCESS_READ, ACCESS_WRITE,
  ALLOCATIONGRANULARITY: PAGESIZE,
  MADV_DODUMP: 17, MADV_DOFORK: 11, MADV_DONTDUMP: 16, MADV_DONTFORK: 10, MADV_DONTNEED: 4, MADV_FREE: 8,
  MADV_HUGEPAGE: 14, MADV_HWPOISON: 100, MADV_MERGEABLE: 12, MADV_NOHUGEPAGE: 15, MADV_NORMAL: 0, MADV_RANDOM: 1,
  MADV_REMOVE: 9, MADV_SEQUENTIAL: 2, MADV_UNMERGEABLE: 13, MADV_WILLNEED: 3,
  MAP_ANON: MAP_ANONYMOUS, MAP_ANONYMOUS, MAP_DENYWRITE: 2048, MAP_EXECUTABLE: 4096, MAP_POPULATE: 32768,
  MAP_PRIVATE, MAP_SHARED, MAP_STACK: 131072,
  PAGESIZE,
  PROT_EXEC: 4, PROT_READ, PROT_WRITE,
};
for (const [name, value] of Object.entries(constants)) mmapModule.dict.setStr(name, value);
mmapModule.dict.setStr('error', OSError);
mmapModule.dict.setStr('mmap', mmapType);

registerBuiltinModule('mmap', () => mmapModule);
