// Loading order of the runtime: the object model's methods first, then the modules
// whose top level uses them. Each import is for its side effects (defining methods).
import '../objects/objectMethods';
import '../objects/typeMethods';
import '../objects/intType';
import '../objects/floatType';
import '../objects/complexType';
import '../objects/strType';
import '../objects/bytesType';
import '../objects/listType';
import '../objects/tupleType';
import '../objects/range';
import '../objects/dictMethods';
import '../objects/setType';
import '../objects/exceptionMethods';
import '../objects/functionMethods';
import '../objects/descriptorMethods';
import '../objects/superType';
import '../objects/singletonMethods';
import '../vm/generatorMethods';
import '../modules/builtins';
import '../modules/builtinsNumeric';
import '../modules/builtinsText';
import '../modules/builtinsIteration';
import '../modules/builtinsIntrospection';
import '../modules/sys';
