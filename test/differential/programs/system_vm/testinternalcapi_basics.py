# The part of _testinternalcapi that CPython's test support reads: the configuration's
# code_debug_ranges (test.support.requires_debug_ranges) and the recursion depth.
import _testinternalcapi

config = _testinternalcapi.get_config()
print(config['code_debug_ranges'], config['optimization_level'], config['site_import'], config['argv'][-1:])
print(_testinternalcapi.get_recursion_depth())


def nested(levels):
    if levels == 0:
        return _testinternalcapi.get_recursion_depth()
    return nested(levels - 1)


print(nested(0), nested(5))
