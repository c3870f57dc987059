// sys.set_coroutine_origin_tracking_depth / get_coroutine_origin_tracking_depth, and the
// cr_origin they make coroutines carry (kept by the VM: ../vm/coroutineOrigin).
import type { PyGenerator } from '../vm/generator';
import { coroutineType } from '../vm/generator';
import { bindClinicArguments, defineGetSets } from '../objects/native';
import { newException, ValueError } from '../objects/exceptions';
import { cIntArgument } from '../objects/bytesArguments';
import { coroutineOriginTracking, originOf } from '../vm/coroutineOrigin';
import { defineFunction } from './builtins';
import { defineSysFunction, sysModule } from './sys';

defineFunction(sysModule, 'set_coroutine_origin_tracking_depth', (args, kwnames) => {
  const [depthArgument] = bindClinicArguments({ name: 'set_coroutine_origin_tracking_depth', names: ['depth'], required: 1, positionalOnly: 0 }, args, kwnames);
  const depth = cIntArgument(depthArgument!);
  if (depth < 0) throw newException(ValueError, 'depth must be >= 0');
  coroutineOriginTracking.depth = depth;
  return null;
});

defineSysFunction('get_coroutine_origin_tracking_depth', 0, 0, () => coroutineOriginTracking.depth);

defineGetSets(coroutineType, {
  cr_origin: { get: (self: PyGenerator) => originOf(self) },
});
