// The _ast module: the node classes (astClasses.ts) and the compile() flags that ask for
// or shape a tree. ast.py re-exports all of it.
import { newModule } from '../../objects/module';
import { registerBuiltinModule } from '../registry';
import { CompileFlag } from '../../compiler/compile';
import { astClasses } from './astClasses';

registerBuiltinModule('_ast', () => {
  const module = newModule('_ast');
  const { root, byName } = astClasses();
  module.dict.setStr('AST', root);
  for (const [name, cls] of byName) module.dict.setStr(name, cls);
  module.dict.setStr('PyCF_ONLY_AST', CompileFlag.ONLY_AST);
  module.dict.setStr('PyCF_TYPE_COMMENTS', CompileFlag.TYPE_COMMENTS);
  module.dict.setStr('PyCF_ALLOW_TOP_LEVEL_AWAIT', CompileFlag.ALLOW_TOP_LEVEL_AWAIT);
  return module;
});
