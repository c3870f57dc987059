// The _multiprocessing module: SemLock (./semLock.ts), sem_unlink and flags; what
// multiprocessing.synchronize builds its locks, semaphores, conditions, events and
// barriers on. (Its send/recv/closesocket are Windows-only.)
import { newModule } from '../../objects/module';
import { newDict } from '../../objects/dictType';
import { checkArgCount } from '../../objects/native';
import { clinicStrArgument } from '../../objects/str';
import { defineFunction } from '../builtins';
import { registerBuiltinModule } from '../registry';
import { semLockType, unlinkNamedSemaphore } from './semLock';

export { adoptSemaphoreTable, semaphoreTableMemory } from './semaphoreTable';

const multiprocessingModule = newModule('_multiprocessing', null);
registerBuiltinModule('_multiprocessing', () => multiprocessingModule);

multiprocessingModule.dict.setStr('SemLock', semLockType);

const flags = newDict();
flags.setStr('HAVE_SEM_OPEN', 1);
flags.setStr('HAVE_SEM_TIMEDWAIT', 1);
multiprocessingModule.dict.setStr('flags', flags);

defineFunction(multiprocessingModule, 'sem_unlink', (args, kwnames) => {
  checkArgCount('_multiprocessing.sem_unlink', args, kwnames, 1);
  unlinkNamedSemaphore(clinicStrArgument(args[0], 'sem_unlink() argument'));
  return null;
});
