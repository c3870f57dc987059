// What the object model asks of the layers above it, registered at start-up: the
// running frame (super(), the builtins and module of new functions and classes), code
// constants as the VM holds them, imports (copyreg for pickling), running __del__, and
// releasing the buffer exports of objects that no longer live.
import { setCodeConstantsReader } from '../objects/codeMethods';
import { setCurrentBuiltinsReader } from '../objects/functionMethods';
import { setCurrentGlobalsName } from '../objects/typeMethods';
import { setMethodContextReader } from '../objects/superType';
import { setModuleImporter } from '../objects/moduleImporter';
import { setDelMethodDeferrer } from '../objects/objectMethods';
import { setUnreachableExportsReleaser } from '../objects/bytes';
import { callSpecial } from '../objects/protocols';
import { deferFinalizer, MAX_WAITING_FINALIZERS, pendingFinalizerCount, reportFinalizerFailure } from '../vm/deferredFinalization';
import { codeInfo } from '../vm/codeInfo';
import { runtimeHooks } from '../vm/hooks';
import { threadState } from '../vm/threadState';
import { builtinsModule } from './builtins';
import { finalizeUnreachable } from './gcReachability';

setCodeConstantsReader((code) => codeInfo(code).consts);

setCurrentBuiltinsReader(() => threadState.frame?.builtins ?? builtinsModule.dict);

setCurrentGlobalsName(() => threadState.frame?.globals.getStr('__name__'));

setModuleImporter((name) => runtimeHooks.importName(name, null, null, null, 0));

setMethodContextReader(() => {
  const frame = threadState.frame;
  return frame === null ? null : { code: frame.code, localsplus: frame.localsplus };
});

// An instance's __del__ runs when gc.collect() finds it unreachable, or at exit; what it
// raises is reported as CPython reports it, "Exception ignored in" the __del__. Only so
// many wait (MAX_WAITING_FINALIZERS).
setDelMethodDeferrer((instance) => {
  if (pendingFinalizerCount() >= MAX_WAITING_FINALIZERS) return;
  deferFinalizer(instance, () => {
    try {
      callSpecial(instance, '__del__', []);
    } catch (error) {
      reportFinalizerFailure(instance.cls.lookup('__del__') as object, error);
    }
  });
});

// A bytearray's buffer exported by an object that no longer lives is released before a
// resize is refused, as CPython releases it when the object's last reference goes.
setUnreachableExportsReleaser(finalizeUnreachable);
