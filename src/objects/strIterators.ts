// The methods of str's iterators (iterators.ts's StrIterator, of type str_ascii_iterator
// or str_iterator as the str is ASCII or not).
import { defineIteratorMethods, StrIterator, strAsciiIteratorType, strIteratorType } from './iterators';

for (const type of [strAsciiIteratorType, strIteratorType]) defineIteratorMethods<StrIterator>(type, (self) => self.remaining());
