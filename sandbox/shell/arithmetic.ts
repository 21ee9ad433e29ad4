/**
 * `$(( … ))`: integer arithmetic as bash does it — + - * / % **, comparisons,
 * ! && ||, ?:, parentheses, unary minus, and variable names read as numbers
 * (unset or non-numeric is 0). Division truncates toward zero.
 */

export class ArithmeticError extends Error {}
class DivisionByZero extends Error {}

const TOKEN = /\s*(\d+|[A-Za-z_][A-Za-z0-9_]*|\*\*|<=|>=|==|!=|&&|\|\||[-+*/%()<>!?:])/y;

/** Binary operators by precedence, lowest first. */
const LEVELS: string[][] = [['||'], ['&&'], ['==', '!='], ['<', '>', '<=', '>='], ['+', '-'], ['*', '/', '%']];

export function evaluateArithmetic(expression: string, env: Map<string, string>): number {
  const tokens: string[] = [];
  TOKEN.lastIndex = 0;
  let position = 0;
  while (position < expression.length && expression.slice(position).trim() !== '') {
    TOKEN.lastIndex = position;
    const match = TOKEN.exec(expression);
    if (!match) throw new ArithmeticError(`${expression.trim()}: syntax error: invalid arithmetic operator (error token is "${expression.slice(position).trim()}")`);
    tokens.push(match[1]);
    position = TOKEN.lastIndex;
  }
  let index = 0;
  const fail = (): never => {
    const rest = tokens.slice(index).join(' ');
    throw new ArithmeticError(`${expression.trim()}: syntax error: ${rest === '' ? 'operand expected' : 'invalid arithmetic operator'} (error token is "${rest}")`);
  };

  const conditional = (): number => {
    const condition = binary(0);
    if (tokens[index] !== '?') return condition;
    index++;
    const whenTrue = conditional();
    if (tokens[index++] !== ':') return fail();
    const whenFalse = conditional();
    return condition !== 0 ? whenTrue : whenFalse;
  };

  const binary = (level: number): number => {
    if (level === LEVELS.length) return power();
    let left = binary(level + 1);
    while (LEVELS[level].includes(tokens[index])) {
      const operator = tokens[index++];
      const right = binary(level + 1);
      left = apply(operator, left, right);
    }
    return left;
  };
  const power = (): number => {
    const base = unary();
    if (tokens[index] !== '**') return base;
    index++;
    return base ** power();
  };
  const unary = (): number => {
    const token = tokens[index];
    if (token === '-') return index++, -unary();
    if (token === '+') return index++, unary();
    if (token === '!') return index++, unary() === 0 ? 1 : 0;
    return primary();
  };
  const primary = (): number => {
    const token = tokens[index++];
    if (token === undefined) return fail();
    if (token === '(') {
      const value = conditional();
      if (tokens[index++] !== ')') return fail();
      return value;
    }
    if (/^\d+$/.test(token)) return Number(token);
    if (/^[A-Za-z_]/.test(token)) {
      const value = Number.parseInt(env.get(token) ?? '0', 10);
      return Number.isNaN(value) ? 0 : value;
    }
    index--;
    return fail();
  };

  if (tokens.length === 0) return 0;
  try {
    const result = conditional();
    if (index < tokens.length) fail();
    return result;
  } catch (error) {
    if (error instanceof DivisionByZero) throw new ArithmeticError(`${expression.trim()}: ${error.message}`);
    throw error;
  }
}

function apply(operator: string, left: number, right: number): number {
  switch (operator) {
    case '+': return left + right;
    case '-': return left - right;
    case '*': return left * right;
    case '/':
    case '%':
      if (right === 0) throw new DivisionByZero('division by 0 (error token is "0")');
      return operator === '/' ? Math.trunc(left / right) : left % right;
    case '<': return Number(left < right);
    case '>': return Number(left > right);
    case '<=': return Number(left <= right);
    case '>=': return Number(left >= right);
    case '==': return Number(left === right);
    case '!=': return Number(left !== right);
    case '&&': return Number(left !== 0 && right !== 0);
    default: return Number(left !== 0 || right !== 0);
  }
}
