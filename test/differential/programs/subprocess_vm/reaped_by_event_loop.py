# Children that end while an event loop turns (libuv reaps them then) still report their status.
import asyncio
import subprocess
import threading

process = subprocess.Popen(['sh', '-c', 'exit 6'])
asyncio.run(asyncio.sleep(0.3))
print(process.wait())

process = subprocess.Popen(['sh', '-c', 'kill -9 $$'])
asyncio.run(asyncio.sleep(0.3))
print(process.poll())

results = []
def worker(n):
    results.append(subprocess.run(['sh', '-c', f'sleep 0.{n}; echo {n}'], capture_output=True, text=True).stdout.strip())
threads = [threading.Thread(target=worker, args=(n,)) for n in (3, 1, 2)]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
print(sorted(results))
