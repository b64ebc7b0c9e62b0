// The typed Python AST HeapLens executes. Node and field names mirror CPython's `ast` module
// (Parser/Python.asdl, 3.12), so a node here reads like `ast.dump()` output. Every node carries
// CPython's positions: 1-based lines, 0-based columns (columns count UTF-16 code units, not the
// UTF-8 bytes CPython counts; they agree for ASCII source).

export interface Pos {
  lineno: number;
  col_offset: number;
  end_lineno: number;
  end_col_offset: number;
}

/** A literal value as the tokenizer produces it (before any constant folding). */
export type ConstValue =
  | { k: 'None' }
  | { k: 'Ellipsis' }
  | { k: 'bool'; v: boolean }
  | { k: 'int'; v: bigint }
  | { k: 'float'; v: number }
  | { k: 'complex'; imag: number }
  /** Python str: a sequence of code points, held as a JS string (astral code points as surrogate pairs). */
  | { k: 'str'; v: string }
  /** Python bytes: each char code is one byte 0..255. */
  | { k: 'bytes'; v: string };

export type ExprContext = 'Load' | 'Store' | 'Del';
export type BoolOpKind = 'And' | 'Or';
export type OperatorKind =
  | 'Add' | 'Sub' | 'Mult' | 'MatMult' | 'Div' | 'Mod' | 'Pow'
  | 'LShift' | 'RShift' | 'BitOr' | 'BitXor' | 'BitAnd' | 'FloorDiv';
export type UnaryOpKind = 'Invert' | 'Not' | 'UAdd' | 'USub';
export type CmpOpKind = 'Eq' | 'NotEq' | 'Lt' | 'LtE' | 'Gt' | 'GtE' | 'Is' | 'IsNot' | 'In' | 'NotIn';

// ---------------------------------------------------------------- expressions

export interface BoolOp extends Pos { type: 'BoolOp'; op: BoolOpKind; values: Expr[] }
export interface NamedExpr extends Pos { type: 'NamedExpr'; target: Name; value: Expr }
export interface BinOp extends Pos { type: 'BinOp'; left: Expr; op: OperatorKind; right: Expr }
export interface UnaryOp extends Pos { type: 'UnaryOp'; op: UnaryOpKind; operand: Expr }
export interface Lambda extends Pos { type: 'Lambda'; args: Arguments; body: Expr }
export interface IfExp extends Pos { type: 'IfExp'; test: Expr; body: Expr; orelse: Expr }
/** `keys[i] === null` means `**values[i]` (dict unpacking). */
export interface Dict extends Pos { type: 'Dict'; keys: (Expr | null)[]; values: Expr[] }
export interface SetExpr extends Pos { type: 'Set'; elts: Expr[] }
export interface ListComp extends Pos { type: 'ListComp'; elt: Expr; generators: Comprehension[] }
export interface SetComp extends Pos { type: 'SetComp'; elt: Expr; generators: Comprehension[] }
export interface DictComp extends Pos { type: 'DictComp'; key: Expr; value: Expr; generators: Comprehension[] }
export interface GeneratorExp extends Pos { type: 'GeneratorExp'; elt: Expr; generators: Comprehension[] }
export interface Await extends Pos { type: 'Await'; value: Expr }
export interface Yield extends Pos { type: 'Yield'; value: Expr | null }
export interface YieldFrom extends Pos { type: 'YieldFrom'; value: Expr }
export interface Compare extends Pos { type: 'Compare'; left: Expr; ops: CmpOpKind[]; comparators: Expr[] }
export interface Call extends Pos { type: 'Call'; func: Expr; args: Expr[]; keywords: Keyword[] }
/** conversion: -1 none, 115 's', 114 'r', 97 'a' (as in CPython). */
export interface FormattedValue extends Pos { type: 'FormattedValue'; value: Expr; conversion: number; format_spec: JoinedStr | null }
export interface JoinedStr extends Pos { type: 'JoinedStr'; values: (Constant | FormattedValue)[] }
export interface Constant extends Pos {
  type: 'Constant';
  value: ConstValue;
  /**
   * 3.12+: the parser's arena holds the literal's object twice. _PyPegen_concatenate_strings
   * builds a bytes literal as b'' + token (bytes_concat returns the token itself) and folds a run
   * of adjacent str constants with a _PyUnicodeWriter that hands back the one non-empty part
   * unchanged; either way the result is added to the arena again.
   */
  arenaTwice?: boolean;
  /** A str literal that puts a low surrogate right after a high one (escapes such as
   * '\ud83d\ude00'): two code points in Python, one character in a JavaScript string. */
  formedPair?: boolean;
}
export interface Attribute extends Pos { type: 'Attribute'; value: Expr; attr: string; ctx: ExprContext }
export interface Subscript extends Pos { type: 'Subscript'; value: Expr; slice: Expr; ctx: ExprContext }
export interface Starred extends Pos { type: 'Starred'; value: Expr; ctx: ExprContext }
export interface Name extends Pos { type: 'Name'; id: string; ctx: ExprContext }
export interface List extends Pos { type: 'List'; elts: Expr[]; ctx: ExprContext }
export interface Tuple extends Pos { type: 'Tuple'; elts: Expr[]; ctx: ExprContext }
export interface Slice extends Pos { type: 'Slice'; lower: Expr | null; upper: Expr | null; step: Expr | null }

export type Expr =
  | BoolOp | NamedExpr | BinOp | UnaryOp | Lambda | IfExp | Dict | SetExpr | ListComp | SetComp
  | DictComp | GeneratorExp | Await | Yield | YieldFrom | Compare | Call | FormattedValue | JoinedStr
  | Constant | Attribute | Subscript | Starred | Name | List | Tuple | Slice;

export interface Comprehension { type: 'comprehension'; target: Expr; iter: Expr; ifs: Expr[]; is_async: boolean }

export interface Arg extends Pos { type: 'arg'; arg: string; annotation: Expr | null }
export interface Arguments {
  type: 'arguments';
  posonlyargs: Arg[];
  args: Arg[];
  vararg: Arg | null;
  kwonlyargs: Arg[];
  /** One entry per kwonlyarg; null where the argument has no default. */
  kw_defaults: (Expr | null)[];
  kwarg: Arg | null;
  /** Defaults of the last positional parameters (posonlyargs + args). */
  defaults: Expr[];
}
/** `arg === null` means `**value`. */
export interface Keyword extends Pos { type: 'keyword'; arg: string | null; value: Expr }
export interface Alias extends Pos { type: 'alias'; name: string; asname: string | null }
export interface WithItem { type: 'withitem'; context_expr: Expr; optional_vars: Expr | null }
export interface ExceptHandler extends Pos { type: 'ExceptHandler'; htype: Expr | null; name: string | null; body: Stmt[] }

// ---------------------------------------------------------------- statements

export interface FunctionDef extends Pos {
  type: 'FunctionDef'; name: string; args: Arguments; body: Stmt[]; decorator_list: Expr[]; returns: Expr | null;
}
export interface AsyncFunctionDef extends Pos {
  type: 'AsyncFunctionDef'; name: string; args: Arguments; body: Stmt[]; decorator_list: Expr[]; returns: Expr | null;
}
export interface ClassDef extends Pos {
  type: 'ClassDef'; name: string; bases: Expr[]; keywords: Keyword[]; body: Stmt[]; decorator_list: Expr[];
}
export interface Return extends Pos { type: 'Return'; value: Expr | null }
export interface Delete extends Pos { type: 'Delete'; targets: Expr[] }
export interface Assign extends Pos { type: 'Assign'; targets: Expr[]; value: Expr }
export interface AugAssign extends Pos { type: 'AugAssign'; target: Name | Attribute | Subscript; op: OperatorKind; value: Expr }
export interface AnnAssign extends Pos { type: 'AnnAssign'; target: Name | Attribute | Subscript; annotation: Expr; value: Expr | null; simple: boolean }
export interface For extends Pos { type: 'For'; target: Expr; iter: Expr; body: Stmt[]; orelse: Stmt[] }
export interface AsyncFor extends Pos { type: 'AsyncFor'; target: Expr; iter: Expr; body: Stmt[]; orelse: Stmt[] }
export interface While extends Pos { type: 'While'; test: Expr; body: Stmt[]; orelse: Stmt[] }
export interface If extends Pos { type: 'If'; test: Expr; body: Stmt[]; orelse: Stmt[] }
export interface With extends Pos { type: 'With'; items: WithItem[]; body: Stmt[] }
export interface AsyncWith extends Pos { type: 'AsyncWith'; items: WithItem[]; body: Stmt[] }
export interface Match extends Pos { type: 'Match'; subject: Expr; cases: MatchCase[] }
/** One `case` block (CPython's match_case has no position of its own). */
export interface MatchCase { type: 'match_case'; pattern: Pattern; guard: Expr | null; body: Stmt[] }
export interface Raise extends Pos { type: 'Raise'; exc: Expr | null; cause: Expr | null }
export interface Try extends Pos { type: 'Try'; body: Stmt[]; handlers: ExceptHandler[]; orelse: Stmt[]; finalbody: Stmt[] }
export interface TryStar extends Pos { type: 'TryStar'; body: Stmt[]; handlers: ExceptHandler[]; orelse: Stmt[]; finalbody: Stmt[] }
export interface Assert extends Pos { type: 'Assert'; test: Expr; msg: Expr | null }
export interface Import extends Pos { type: 'Import'; names: Alias[] }
export interface ImportFrom extends Pos { type: 'ImportFrom'; module: string | null; names: Alias[]; level: number }
export interface Global extends Pos { type: 'Global'; names: string[] }
export interface Nonlocal extends Pos { type: 'Nonlocal'; names: string[] }
export interface ExprStmt extends Pos { type: 'Expr'; value: Expr }
export interface Pass extends Pos { type: 'Pass' }
export interface Break extends Pos { type: 'Break' }
export interface Continue extends Pos { type: 'Continue' }
/** `type X = ...` (3.12+). Parsed so it can be reported as not simulated. */
export interface TypeAlias extends Pos { type: 'TypeAlias' }

export type Stmt =
  | FunctionDef | AsyncFunctionDef | ClassDef | Return | Delete | Assign | AugAssign | AnnAssign | For
  | AsyncFor | While | If | With | AsyncWith | Match | Raise | Try | TryStar | Assert | Import | ImportFrom
  | Global | Nonlocal | ExprStmt | Pass | Break | Continue | TypeAlias;

// ---------------------------------------------------------------- patterns (3.10+)

export interface MatchValue extends Pos { type: 'MatchValue'; value: Expr }
/** `None`, `True` or `False`. */
export interface MatchSingleton extends Pos { type: 'MatchSingleton'; value: ConstValue }
export interface MatchSequence extends Pos { type: 'MatchSequence'; patterns: Pattern[] }
export interface MatchMapping extends Pos { type: 'MatchMapping'; keys: Expr[]; patterns: Pattern[]; rest: string | null }
export interface MatchClass extends Pos {
  type: 'MatchClass'; cls: Expr; patterns: Pattern[]; kwd_attrs: string[]; kwd_patterns: Pattern[];
}
/** `*name` (name null for `*_`). */
export interface MatchStar extends Pos { type: 'MatchStar'; name: string | null }
/** A capture (`x`), the wildcard (`_`: both null) or `pattern as name`. */
export interface MatchAs extends Pos { type: 'MatchAs'; pattern: Pattern | null; name: string | null }
export interface MatchOr extends Pos { type: 'MatchOr'; patterns: Pattern[] }

export type Pattern = MatchValue | MatchSingleton | MatchSequence | MatchMapping | MatchClass | MatchStar | MatchAs | MatchOr;

export interface Module { type: 'Module'; body: Stmt[] }

export type Node = Expr | Stmt | Module | Comprehension | Arg | Arguments | Keyword | Alias | WithItem | ExceptHandler | MatchCase | Pattern;
