/** What handlers share: reading parameters, the two kinds of result, and times as the service writes them. */
import { findParam, type EndpointSpec } from '../../core/contract';
import { MAX_TIME_MS } from '../clock';
import type { SandboxRecord } from '../model';
import type { HandlerResult, Params } from './types';

/** The value of a single-valued parameter, or its contract default, or undefined. */
export function one(params: Params, endpoint: EndpointSpec, name: string): string | undefined {
  return params.get(name)?.[0] ?? findParam(endpoint, name)?.defaultValue;
}

/** A required single value (validation has made sure it is there). */
export function required(params: Params, endpoint: EndpointSpec, name: string): string {
  const v = one(params, endpoint, name);
  if (v === undefined) throw new Error(`${endpoint.id}: ${name} passed validation but is absent`);
  return v;
}

export function all(params: Params, name: string): readonly string[] {
  return params.get(name) ?? [];
}

/** An integer parameter (validation has checked it), its default when absent. */
export function integer(params: Params, endpoint: EndpointSpec, name: string): number | undefined {
  const v = one(params, endpoint, name);
  return v === undefined ? undefined : Number(v);
}

export function ok(records: readonly SandboxRecord[] = [], body: Readonly<Record<string, unknown>> = {}): HandlerResult {
  return { body, records };
}

export function fail(code: number, detail: string): HandlerResult {
  return { error: code, detail };
}

/** Unique values in order: `userId=a&userId=a` names one user. */
export function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}

const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;

/**
 * "2016-05-24 10:38:19", the form of info's createTime and block/query's blockEndTime. The service
 * runs on China Standard Time (UTC+8, no daylight saving), so the sandbox writes that time zone.
 */
export function serviceTime(ms: number): string {
  // Kept times are within 1970…9999 (clock.ts); clamping here keeps any other one from throwing.
  return new Date(Math.min(Math.max(ms, 0), MAX_TIME_MS) + CHINA_OFFSET_MS).toISOString().slice(0, 19).replace('T', ' ');
}

/** A flag's value as a boolean: absent gives its contract default; 1 and true are on (readParams has made both spellings one). */
export function flag(params: Params, endpoint: EndpointSpec, name: string): boolean {
  const v = one(params, endpoint, name);
  return v === '1' || v === 'true';
}

/** A keyed family's entries as sent (`chatroom[room-1]=Room` → ['room-1', 'Room']), in order. */
export function keyed(params: Params, family: string): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const [name, values] of params) {
    if (name.startsWith(`${family}[`) && name.endsWith(']')) out.push([name.slice(family.length + 1, -1), values[0]]);
  }
  return out;
}

/** A parameter holding JSON text (a JSON body's object or array field), parsed; undefined when absent or not JSON. */
export function jsonParam(params: Params, name: string): unknown {
  const v = params.get(name)?.[0];
  if (v === undefined) return undefined;
  try {
    return JSON.parse(v) as unknown;
  } catch {
    return undefined;
  }
}

/** One page of a list: page counts from 1. */
export function paged<T>(list: readonly T[], page: number, size: number): T[] {
  const start = Math.max(0, (page - 1) * size);
  return list.slice(start, start + size);
}
