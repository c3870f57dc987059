// What the object model asks of the layers above it, registered at start-up: the
// running frame (super(), the builtins and module of new functions and classes), code
// constants as the VM holds them, and imports (copyreg for pickling).
import { setCodeConstantsReader } from '../objects/codeMethods';
import { setCurrentBuiltinsReader } from '../objects/functionMethods';
import { setCurrentGlobalsName } from '../objects/typeMethods';
import { setMethodContextReader } from '../objects/superType';
import { setModuleImporter } from '../objects/moduleImporter';
import { codeInfo } from '../vm/codeInfo';
import { runtimeHooks } from '../vm/hooks';
import { threadState } from '../vm/threadState';
import { builtinsModule } from './builtins';

setCodeConstantsReader((code) => codeInfo(code).consts);

setCurrentBuiltinsReader(() => threadState.frame?.builtins ?? builtinsModule.dict);

setCurrentGlobalsName(() => threadState.frame?.globals.getStr('__name__'));

setModuleImporter((name) => runtimeHooks.importName(name, null, null, null, 0));

setMethodContextReader(() => {
  const frame = threadState.frame;
  return frame === null ? null : { code: frame.code, localsplus: frame.localsplus };
});
