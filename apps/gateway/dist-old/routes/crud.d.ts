import type { Owned } from '@switchyard/auth';
import { type Actor, type ListQuery, type Page, type Viewer } from '@switchyard/core';
import { z } from 'zod';
import { type Route } from '../http/route.js';
/** List parameters plus ContextForge's `include_pagination` (answer `{items, nextCursor}`). */
export declare const ListParamsSchema: z.ZodObject<{
    cursor: z.ZodOptional<z.ZodString>;
    limit: z.ZodOptional<z.ZodCoercedNumber<unknown>>;
    tags: z.ZodOptional<z.ZodPipe<z.ZodString, z.ZodTransform<string[], string>>>;
    team: z.ZodOptional<z.ZodString>;
    visibility: z.ZodOptional<z.ZodEnum<{
        private: "private";
        team: "team";
        public: "public";
    }>>;
    includeInactive: z.ZodOptional<z.ZodPreprocess<z.ZodBoolean, unknown>>;
    gatewayId: z.ZodOptional<z.ZodString>;
    q: z.ZodOptional<z.ZodPipe<z.ZodString, z.ZodTransform<string, string>>>;
    includePagination: z.ZodOptional<z.ZodPreprocess<z.ZodBoolean, unknown>>;
}, z.core.$strip>;
/** `?activate=true|false` of the state endpoints. */
export declare const StateQuerySchema: z.ZodObject<{
    activate: z.ZodPreprocess<z.ZodBoolean, unknown>;
}, z.core.$strip>;
type Entity = Owned & {
    id: string;
    name: string;
    version: number;
};
/** What a registry service offers for the generic routes. */
export interface CrudService<T extends Entity, C, U> {
    list(query: ListQuery, viewer: Viewer): Promise<Page<T>>;
    get(id: string, viewer?: Viewer): Promise<T>;
    create(input: C, actor: Actor): Promise<T>;
    update(id: string, input: U, actor: Actor): Promise<T>;
    setEnabled(id: string, enabled: boolean): Promise<T>;
    remove(id: string): Promise<void>;
}
/** How one kind of entity is exposed. */
export interface CrudOptions<T extends Entity, C, U> {
    /** The path, such as '/tools'; without its slash it is the permission area (`tools.write`). */
    base: string;
    tag: string;
    /** Singular noun for messages, such as 'tool'. */
    noun: string;
    /** ContextForge's wrapped-body key, such as 'tool'. */
    wrapKey: string;
    service: CrudService<T, C, U>;
    createSchema: z.ZodType<C>;
    updateSchema: z.ZodType<U>;
}
/** A page as ContextForge clients expect it: a bare array (next cursor in a header), or `{items, nextCursor}`. */
export declare function pageResponse<T>(c: {
    header(name: string, value: string): void;
}, page: Page<T>, includePagination: boolean | undefined): unknown;
/** List, get, create, update (PUT and PATCH), delete and enable/disable for one kind of entity. */
export declare function crudRoutes<T extends Entity, C, U>(options: CrudOptions<T, C, U>): Route[];
export {};
//# sourceMappingURL=crud.d.ts.map