# importlib.metadata over a .dist-info directory made in a temporary directory.
import importlib.metadata as md, sys, os, tempfile
d = tempfile.mkdtemp()
dist = os.path.join(d, 'demo_pkg-1.2.3.dist-info')
os.makedirs(dist)
with open(os.path.join(dist, 'METADATA'), 'w') as f:
    f.write('Metadata-Version: 2.1\nName: demo-pkg\nVersion: 1.2.3\nSummary: A demo\nRequires-Dist: requests>=2\n')
with open(os.path.join(dist, 'entry_points.txt'), 'w') as f:
    f.write('[console_scripts]\ndemo = demo_pkg:main\n')
sys.path.insert(0, d)
print(md.version('demo-pkg'), md.metadata('demo-pkg')['Summary'], md.requires('demo-pkg'))
eps = md.entry_points(group='console_scripts')
print([(e.name, e.value) for e in eps if e.name == 'demo'])
try:
    md.version('surely-not-installed-pkg')
except md.PackageNotFoundError as e:
    print('not found', e)
print(md.distribution('demo-pkg').metadata['Name'])
