/** The parts of the block being parsed, gathered into one reused builder. */
import type { Assertion } from '../assertions';
import type { Comment, Directive, Header, BodyParam, RequestLine, SyntaxProblem, Token, VariableDefinition, VariableReference } from '../model';
import { BlockContent, JsonBodyNode, type SeparatorNode } from './nodes';
import { EMPTY } from './scan';

export const STATE_PRE = 0; // before the request line: comments, directives, variables
export const STATE_HEADERS = 1;
export const STATE_BODY = 2;

/**
 * The parts of the block being parsed. One instance is reused for every block: lists are copied
 * out at their exact size (a growing array keeps room for 17 elements, which a 10,000-request
 * document pays for in memory and garbage collection).
 */
export class BlockBuilder {
  separator: SeparatorNode | undefined = undefined;
  name: string | undefined = undefined;
  profile: Directive | undefined = undefined;
  request: RequestLine | undefined = undefined;
  /** Whether the body is JSON (decided at its first line). */
  json = false;
  readonly directives: Directive[] = [];
  readonly comments: Comment[] = [];
  readonly variables: VariableDefinition[] = [];
  readonly headers: Header[] = [];
  readonly bodyLines: Token[] = [];
  readonly params: BodyParam[] = [];
  readonly assertions: Assertion[] = [];
  readonly references: VariableReference[] = [];
  readonly problems: SyntaxProblem[] = [];
  readonly addReference = (r: VariableReference): void => {
    this.references.push(r);
  };
  readonly problem = (p: SyntaxProblem): void => {
    this.problems.push(p);
  };

  reset(): void {
    this.separator = undefined;
    this.name = undefined;
    this.profile = undefined;
    this.request = undefined;
    this.json = false;
    // Setting length is slow enough to matter at 10,000 blocks: only for lists that were used.
    if (this.directives.length) this.directives.length = 0;
    if (this.comments.length) this.comments.length = 0;
    if (this.variables.length) this.variables.length = 0;
    if (this.headers.length) this.headers.length = 0;
    if (this.bodyLines.length) this.bodyLines.length = 0;
    if (this.params.length) this.params.length = 0;
    if (this.assertions.length) this.assertions.length = 0;
    if (this.references.length) this.references.length = 0;
    if (this.problems.length) this.problems.length = 0;
  }

  build(startLine: number, endLine: number, endCharacter: number): BlockContent {
    const bodyLines = exact(this.bodyLines);
    return new BlockContent(
      startLine,
      endLine,
      endCharacter,
      this.separator,
      this.name,
      this.profile,
      exact(this.directives),
      exact(this.comments),
      exact(this.variables),
      this.request,
      exact(this.headers),
      bodyLines,
      exact(this.params),
      exact(this.assertions),
      exact(this.references),
      exact(this.problems),
      this.json && bodyLines.length > 0 ? new JsonBodyNode(bodyLines) : undefined,
    );
  }
}

export function exact<T>(list: T[]): readonly T[] {
  return list.length === 0 ? (EMPTY as T[]) : list.slice();
}

export const builder = new BlockBuilder();
