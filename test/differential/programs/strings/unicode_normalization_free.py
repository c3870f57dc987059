# Surrogate-free non-ASCII handling: lengths, upper, slicing and encoding sizes.
samples = ['日本語', 'Ελληνικά', 'עברית', '🐍🐍', 'e\u0301', 'ﬀ']
for s in samples:
    print(s, len(s), len(s.encode('utf-8')), len(s.encode('utf-16-le')), s.upper(), s[::-1] == ''.join(reversed(s)))
print(sorted(samples))
