// The methods of str's iterators (iterators.ts's StrIterator, of type str_ascii_iterator
// or str_iterator as the str is ASCII or not). They pickle as iter(text) and the index
// of the next code point; an exhausted one as iter('').
import { defineIteratorMethods, defineIteratorPickling, StrIterator, strAsciiIteratorType, strIteratorType } from './iterators';

for (const type of [strAsciiIteratorType, strIteratorType]) {
  defineIteratorMethods<StrIterator>(type, (self) => self.remaining());
  defineIteratorPickling<StrIterator>(type, true);
}
