# Sourced by bin/pyvm (and by scripts/build.mjs, whose start-up snapshot is made for the
# V8 stack size a start asks for: V8 refuses a snapshot made with other flags).
# Each level of Python recursion takes about 1.6 KB of JS stack, so a program that
# raises sys.setrecursionlimit and recurses deep needs far more than the 8 MB a process
# gets by default: ask for about 1 GB (pages are only used as the stack grows into
# them) and let V8 use nine tenths of what was granted. Sets v8_stack_kb.
# (The hard limit is asked for only when the request fails: asking takes a subshell.)
stack_kb=1100000
if ! ulimit -s "$stack_kb" 2>/dev/null; then
  hard_kb="$(ulimit -Hs)"
  if [ "$hard_kb" != unlimited ] && [ "$hard_kb" -lt "$stack_kb" ]; then stack_kb="$hard_kb"; fi
fi
if ulimit -s "$stack_kb" 2>/dev/null; then v8_stack_kb=$((stack_kb / 10 * 9)); else v8_stack_kb=3000; fi
# And when V8 optimises: by default a function is sent to TurboFan after about 66 KB of
# its bytecode has run, so importing a few modules of the library had V8 optimise the
# eval loop (a third of a second of compiling, twice when it deoptimised) and about a
# hundred other functions on its background threads: more CPU than the imports
# themselves. Eight times that budget optimises only what a longer program keeps
# running: `import dataclasses, typing, json, re` takes two thirds of the CPU it took,
# programs that run for seconds up to 3% more. V8 refuses a snapshot made with other
# flags, so the build makes bin/pyvm's with this one too. Sets v8_tiering.
v8_tiering=--interrupt-budget=540672
