// _csv.Error: what malformed CSV and impossible writes raise.
import type { PyType } from '../../objects/type';
import { newException, type PyBaseException } from '../../objects/exceptions';
import { newExceptionClass } from '../moduleErrors';

export const csvError: PyType = newExceptionClass('_csv.Error');

export function csvFailure(message: string): PyBaseException {
  return newException(csvError, message);
}
