import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 3631:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:wasi");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 7349:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveBlockMap = __nccwpck_require__(7103);
var resolveBlockSeq = __nccwpck_require__(334);
var resolveFlowCollection = __nccwpck_require__(3142);

function resolveCollection(CN, ctx, token, onError, tagName, tag) {
    const coll = token.type === 'block-map'
        ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag)
        : token.type === 'block-seq'
            ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag)
            : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
    const Coll = coll.constructor;
    // If we got a tagName matching the class, or the tag name is '!',
    // then use the tagName from the node class used to create it.
    if (tagName === '!' || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
    }
    if (tagName)
        coll.tag = tagName;
    return coll;
}
function composeCollection(CN, ctx, token, props, onError) {
    const tagToken = props.tag;
    const tagName = !tagToken
        ? null
        : ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg));
    if (token.type === 'block-seq') {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken
            ? anchor.offset > tagToken.offset
                ? anchor
                : tagToken
            : (anchor ?? tagToken);
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
            const message = 'Missing newline after block sequence props';
            onError(lastProp, 'MISSING_CHAR', message);
        }
    }
    const expType = token.type === 'block-map'
        ? 'map'
        : token.type === 'block-seq'
            ? 'seq'
            : token.start.source === '{'
                ? 'map'
                : 'seq';
    // shortcut: check if it's a generic YAMLMap or YAMLSeq
    // before jumping into the custom tag logic.
    if (!tagToken ||
        !tagName ||
        tagName === '!' ||
        (tagName === YAMLMap.YAMLMap.tagName && expType === 'map') ||
        (tagName === YAMLSeq.YAMLSeq.tagName && expType === 'seq')) {
        return resolveCollection(CN, ctx, token, onError, tagName);
    }
    let tag = ctx.schema.tags.find(t => t.tag === tagName && t.collection === expType);
    if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
            ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
            tag = kt;
        }
        else {
            if (kt) {
                onError(tagToken, 'BAD_COLLECTION_TYPE', `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? 'scalar'}`, true);
            }
            else {
                onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, true);
            }
            return resolveCollection(CN, ctx, token, onError, tagName);
        }
    }
    const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
    const res = tag.resolve?.(coll, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg), ctx.options) ?? coll;
    const node = identity.isNode(res)
        ? res
        : new Scalar.Scalar(res);
    node.range = coll.range;
    node.tag = tagName;
    if (tag?.format)
        node.format = tag.format;
    return node;
}

exports.composeCollection = composeCollection;


/***/ }),

/***/ 3683:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Document = __nccwpck_require__(3021);
var composeNode = __nccwpck_require__(5937);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);

function composeDoc(options, directives, { offset, start, value, end }, onError) {
    const opts = Object.assign({ _directives: directives }, options);
    const doc = new Document.Document(undefined, opts);
    const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
    };
    const props = resolveProps.resolveProps(start, {
        indicator: 'doc-start',
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
    });
    if (props.found) {
        doc.directives.docStart = true;
        if (value &&
            (value.type === 'block-map' || value.type === 'block-seq') &&
            !props.hasNewline)
            onError(props.end, 'MISSING_CHAR', 'Block collection cannot start on same line with directives-end marker');
    }
    // @ts-expect-error If Contents is set, let's trust the user
    doc.contents = value
        ? composeNode.composeNode(ctx, value, props, onError)
        : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
    const contentEnd = doc.contents.range[2];
    const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
    if (re.comment)
        doc.comment = re.comment;
    doc.range = [offset, contentEnd, re.offset];
    return doc;
}

exports.composeDoc = composeDoc;


/***/ }),

/***/ 5937:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var composeCollection = __nccwpck_require__(7349);
var composeScalar = __nccwpck_require__(5413);
var resolveEnd = __nccwpck_require__(7788);
var utilEmptyScalarPosition = __nccwpck_require__(2599);

const CN = { composeNode, composeEmptyNode };
function composeNode(ctx, token, props, onError) {
    const atKey = ctx.atKey;
    const { spaceBefore, comment, anchor, tag } = props;
    let node;
    let isSrcToken = true;
    switch (token.type) {
        case 'alias':
            node = composeAlias(ctx, token, onError);
            if (anchor || tag)
                onError(token, 'ALIAS_PROPS', 'An alias node must not specify any properties');
            break;
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'block-scalar':
            node = composeScalar.composeScalar(ctx, token, tag, onError);
            if (anchor)
                node.anchor = anchor.source.substring(1);
            break;
        case 'block-map':
        case 'block-seq':
        case 'flow-collection':
            try {
                node = composeCollection.composeCollection(CN, ctx, token, props, onError);
                if (anchor)
                    node.anchor = anchor.source.substring(1);
            }
            catch (error) {
                // Almost certainly here due to a stack overflow
                const message = error instanceof Error ? error.message : String(error);
                onError(token, 'RESOURCE_EXHAUSTION', message);
            }
            break;
        default: {
            const message = token.type === 'error'
                ? token.message
                : `Unsupported token (type: ${token.type})`;
            onError(token, 'UNEXPECTED_TOKEN', message);
            isSrcToken = false;
        }
    }
    node ?? (node = composeEmptyNode(ctx, token.offset, undefined, null, props, onError));
    if (anchor && node.anchor === '')
        onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    if (atKey &&
        ctx.options.stringKeys &&
        (!identity.isScalar(node) ||
            typeof node.value !== 'string' ||
            (node.tag && node.tag !== 'tag:yaml.org,2002:str'))) {
        const msg = 'With stringKeys, all keys must be strings';
        onError(tag ?? token, 'NON_STRING_KEY', msg);
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        if (token.type === 'scalar' && token.source === '')
            node.comment = comment;
        else
            node.commentBefore = comment;
    }
    // @ts-expect-error Type checking misses meaning of isSrcToken
    if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
    return node;
}
function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
    const token = {
        type: 'scalar',
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ''
    };
    const node = composeScalar.composeScalar(ctx, token, tag, onError);
    if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === '')
            onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        node.comment = comment;
        node.range[2] = end;
    }
    return node;
}
function composeAlias({ options }, { offset, source, end }, onError) {
    const alias = new Alias.Alias(source.substring(1));
    if (alias.source === '')
        onError(offset, 'BAD_ALIAS', 'Alias cannot be an empty string');
    if (alias.source.endsWith(':'))
        onError(offset + source.length - 1, 'BAD_ALIAS', 'Alias ending in : is ambiguous', true);
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
    alias.range = [offset, valueEnd, re.offset];
    if (re.comment)
        alias.comment = re.comment;
    return alias;
}

exports.composeEmptyNode = composeEmptyNode;
exports.composeNode = composeNode;


/***/ }),

/***/ 5413:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);

function composeScalar(ctx, token, tagToken, onError) {
    const { value, type, comment, range } = token.type === 'block-scalar'
        ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError)
        : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
    const tagName = tagToken
        ? ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg))
        : null;
    let tag;
    if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
    }
    else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
    else if (token.type === 'scalar')
        tag = findScalarTagByTest(ctx, value, token, onError);
    else
        tag = ctx.schema[identity.SCALAR];
    let scalar;
    try {
        const res = tag.resolve(value, msg => onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
    }
    catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg);
        scalar = new Scalar.Scalar(value);
    }
    scalar.range = range;
    scalar.source = value;
    if (type)
        scalar.type = type;
    if (tagName)
        scalar.tag = tagName;
    if (tag.format)
        scalar.format = tag.format;
    if (comment)
        scalar.comment = comment;
    return scalar;
}
function findScalarTagByName(schema, value, tagName, tagToken, onError) {
    if (tagName === '!')
        return schema[identity.SCALAR]; // non-specific tag
    const matchWithTest = [];
    for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
            if (tag.default && tag.test)
                matchWithTest.push(tag);
            else
                return tag;
        }
    }
    for (const tag of matchWithTest)
        if (tag.test?.test(value))
            return tag;
    const kt = schema.knownTags[tagName];
    if (kt && !kt.collection) {
        // Ensure that the known tag is available for stringifying,
        // but does not get used by default.
        schema.tags.push(Object.assign({}, kt, { default: false, test: undefined }));
        return kt;
    }
    onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, tagName !== 'tag:yaml.org,2002:str');
    return schema[identity.SCALAR];
}
function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
    const tag = schema.tags.find(tag => (tag.default === true || (atKey && tag.default === 'key')) &&
        tag.test?.test(value)) || schema[identity.SCALAR];
    if (schema.compat) {
        const compat = schema.compat.find(tag => tag.default && tag.test?.test(value)) ??
            schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
            const ts = directives.tagString(tag.tag);
            const cs = directives.tagString(compat.tag);
            const msg = `Value may be parsed as either ${ts} or ${cs}`;
            onError(token, 'TAG_RESOLVE_FAILED', msg, true);
        }
    }
    return tag;
}

exports.composeScalar = composeScalar;


/***/ }),

/***/ 9984:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var directives = __nccwpck_require__(1342);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var identity = __nccwpck_require__(1127);
var composeDoc = __nccwpck_require__(3683);
var resolveEnd = __nccwpck_require__(7788);

function getErrorPos(src) {
    if (typeof src === 'number')
        return [src, src + 1];
    if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
    const { offset, source } = src;
    return [offset, offset + (typeof source === 'string' ? source.length : 1)];
}
function parsePrelude(prelude) {
    let comment = '';
    let atComment = false;
    let afterEmptyLine = false;
    for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
            case '#':
                comment +=
                    (comment === '' ? '' : afterEmptyLine ? '\n\n' : '\n') +
                        (source.substring(1) || ' ');
                atComment = true;
                afterEmptyLine = false;
                break;
            case '%':
                if (prelude[i + 1]?.[0] !== '#')
                    i += 1;
                atComment = false;
                break;
            default:
                // This may be wrong after doc-end, but in that case it doesn't matter
                if (!atComment)
                    afterEmptyLine = true;
                atComment = false;
        }
    }
    return { comment, afterEmptyLine };
}
/**
 * Compose a stream of CST nodes into a stream of YAML Documents.
 *
 * ```ts
 * import { Composer, Parser } from 'yaml'
 *
 * const src: string = ...
 * const tokens = new Parser().parse(src)
 * const docs = new Composer().compose(tokens)
 * ```
 */
class Composer {
    constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
            const pos = getErrorPos(source);
            if (warning)
                this.warnings.push(new errors.YAMLWarning(pos, code, message));
            else
                this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        this.directives = new directives.Directives({ version: options.version || '1.2' });
        this.options = options;
    }
    decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        //console.log({ dc: doc.comment, prelude, comment })
        if (comment) {
            const dc = doc.contents;
            if (afterDoc) {
                doc.comment = doc.comment ? `${doc.comment}\n${comment}` : comment;
            }
            else if (afterEmptyLine || doc.directives.docStart || !dc) {
                doc.commentBefore = comment;
            }
            else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
                let it = dc.items[0];
                if (identity.isPair(it))
                    it = it.key;
                const cb = it.commentBefore;
                it.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
            else {
                const cb = dc.commentBefore;
                dc.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
        }
        if (afterDoc) {
            for (let i = 0; i < this.errors.length; ++i)
                doc.errors.push(this.errors[i]);
            for (let i = 0; i < this.warnings.length; ++i)
                doc.warnings.push(this.warnings[i]);
        }
        else {
            doc.errors = this.errors;
            doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
    }
    /**
     * Current stream status information.
     *
     * Mostly useful at the end of input for an empty stream.
     */
    streamInfo() {
        return {
            comment: parsePrelude(this.prelude).comment,
            directives: this.directives,
            errors: this.errors,
            warnings: this.warnings
        };
    }
    /**
     * Compose tokens into documents.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
            yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
    }
    /** Advance the composer by one CST token. */
    *next(token) {
        if (node_process.env.LOG_STREAM)
            console.dir(token, { depth: null });
        switch (token.type) {
            case 'directive':
                this.directives.add(token.source, (offset, message, warning) => {
                    const pos = getErrorPos(token);
                    pos[0] += offset;
                    this.onError(pos, 'BAD_DIRECTIVE', message, warning);
                });
                this.prelude.push(token.source);
                this.atDirectives = true;
                break;
            case 'document': {
                const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
                if (this.atDirectives && !doc.directives.docStart)
                    this.onError(token, 'MISSING_CHAR', 'Missing directives-end/doc-start indicator line');
                this.decorate(doc, false);
                if (this.doc)
                    yield this.doc;
                this.doc = doc;
                this.atDirectives = false;
                break;
            }
            case 'byte-order-mark':
            case 'space':
                break;
            case 'comment':
            case 'newline':
                this.prelude.push(token.source);
                break;
            case 'error': {
                const msg = token.source
                    ? `${token.message}: ${JSON.stringify(token.source)}`
                    : token.message;
                const error = new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg);
                if (this.atDirectives || !this.doc)
                    this.errors.push(error);
                else
                    this.doc.errors.push(error);
                break;
            }
            case 'doc-end': {
                if (!this.doc) {
                    const msg = 'Unexpected doc-end without preceding document';
                    this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg));
                    break;
                }
                this.doc.directives.docEnd = true;
                const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
                this.decorate(this.doc, true);
                if (end.comment) {
                    const dc = this.doc.comment;
                    this.doc.comment = dc ? `${dc}\n${end.comment}` : end.comment;
                }
                this.doc.range[2] = end.offset;
                break;
            }
            default:
                this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', `Unsupported token ${token.type}`));
        }
    }
    /**
     * Call at end of input to yield any remaining document.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
            this.decorate(this.doc, true);
            yield this.doc;
            this.doc = null;
        }
        else if (forceDoc) {
            const opts = Object.assign({ _directives: this.directives }, this.options);
            const doc = new Document.Document(undefined, opts);
            if (this.atDirectives)
                this.onError(endOffset, 'MISSING_CHAR', 'Missing directives-end indicator line');
            doc.range = [0, endOffset, endOffset];
            this.decorate(doc, false);
            yield doc;
        }
    }
}

exports.Composer = Composer;


/***/ }),

/***/ 7103:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilFlowIndentCheck = __nccwpck_require__(4051);
var utilMapIncludes = __nccwpck_require__(1187);

const startColMsg = 'All mapping items must start at the same column';
function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
    const map = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    let offset = bm.offset;
    let commentEnd = null;
    for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        // key properties
        const keyProps = resolveProps.resolveProps(start, {
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: bm.indent,
            startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
            if (key) {
                if (key.type === 'block-seq')
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'A block sequence may not be used as an implicit map key');
                else if ('indent' in key && key.indent !== bm.indent)
                    onError(offset, 'BAD_INDENT', startColMsg);
            }
            if (!keyProps.anchor && !keyProps.tag && !sep) {
                commentEnd = keyProps.end;
                if (keyProps.comment) {
                    if (map.comment)
                        map.comment += '\n' + keyProps.comment;
                    else
                        map.comment = keyProps.comment;
                }
                continue;
            }
            if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
                onError(key ?? start[start.length - 1], 'MULTILINE_IMPLICIT_KEY', 'Implicit keys need to be on a single line');
            }
        }
        else if (keyProps.found?.indent !== bm.indent) {
            onError(offset, 'BAD_INDENT', startColMsg);
        }
        // key value
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key
            ? composeNode(ctx, key, keyProps, onError)
            : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
            onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
        // value properties
        const valueProps = resolveProps.resolveProps(sep ?? [], {
            indicator: 'map-value-ind',
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: bm.indent,
            startOnNewline: !key || key.type === 'block-scalar'
        });
        offset = valueProps.end;
        if (valueProps.found) {
            if (implicitKey) {
                if (value?.type === 'block-map' && !valueProps.hasNewline)
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'Nested mappings are not allowed in compact mappings');
                if (ctx.options.strict &&
                    keyProps.start < valueProps.found.offset - 1024)
                    onError(keyNode.range, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit block mapping key');
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
            if (ctx.schema.compat)
                utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
            offset = valueNode.range[2];
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
        else {
            // key with no value
            if (implicitKey)
                onError(keyNode.range, 'MISSING_CHAR', 'Implicit map keys need to be followed by map values');
            if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
    }
    if (commentEnd && commentEnd < offset)
        onError(commentEnd, 'IMPOSSIBLE', 'Map comment with trailing content');
    map.range = [bm.offset, offset, commentEnd ?? offset];
    return map;
}

exports.resolveBlockMap = resolveBlockMap;


/***/ }),

/***/ 8913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function resolveBlockScalar(ctx, scalar, onError) {
    const start = scalar.offset;
    const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
    if (!header)
        return { value: '', type: null, comment: '', range: [start, start, start] };
    const type = header.mode === '>' ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
    const lines = scalar.source ? splitLines(scalar.source) : [];
    // determine the end of content & start of chomping
    let chompStart = lines.length;
    for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === '' || content === '\r')
            chompStart = i;
        else
            break;
    }
    // shortcut for empty contents
    if (chompStart === 0) {
        const value = header.chomp === '+' && lines.length > 0
            ? '\n'.repeat(Math.max(1, lines.length - 1))
            : '';
        let end = start + header.length;
        if (scalar.source)
            end += scalar.source.length;
        return { value, type, comment: header.comment, range: [start, end, end] };
    }
    // find the indentation level to trim from start
    let trimIndent = scalar.indent + header.indent;
    let offset = scalar.offset + header.length;
    let contentStart = 0;
    for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === '' || content === '\r') {
            if (header.indent === 0 && indent.length > trimIndent)
                trimIndent = indent.length;
        }
        else {
            if (indent.length < trimIndent) {
                const message = 'Block scalars with more-indented leading empty lines must use an explicit indentation indicator';
                onError(offset + indent.length, 'MISSING_CHAR', message);
            }
            if (header.indent === 0)
                trimIndent = indent.length;
            contentStart = i;
            if (trimIndent === 0 && !ctx.atRoot) {
                const message = 'Block scalar values in collections must be indented';
                onError(offset, 'BAD_INDENT', message);
            }
            break;
        }
        offset += indent.length + content.length + 1;
    }
    // include trailing more-indented empty lines in content
    for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
            chompStart = i + 1;
    }
    let value = '';
    let sep = '';
    let prevMoreIndented = false;
    // leading whitespace is kept intact
    for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + '\n';
    for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === '\r';
        if (crlf)
            content = content.slice(0, -1);
        /* istanbul ignore if already caught in lexer */
        if (content && indent.length < trimIndent) {
            const src = header.indent
                ? 'explicit indentation indicator'
                : 'first line';
            const message = `Block scalar lines must not be less indented than their ${src}`;
            onError(offset - content.length - (crlf ? 2 : 1), 'BAD_INDENT', message);
            indent = '';
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
        }
        else if (indent.length > trimIndent || content[0] === '\t') {
            // more-indented content within a folded block
            if (sep === ' ')
                sep = '\n';
            else if (!prevMoreIndented && sep === '\n')
                sep = '\n\n';
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
            prevMoreIndented = true;
        }
        else if (content === '') {
            // empty line
            if (sep === '\n')
                value += '\n';
            else
                sep = '\n';
        }
        else {
            value += sep + content;
            sep = ' ';
            prevMoreIndented = false;
        }
    }
    switch (header.chomp) {
        case '-':
            break;
        case '+':
            for (let i = chompStart; i < lines.length; ++i)
                value += '\n' + lines[i][0].slice(trimIndent);
            if (value[value.length - 1] !== '\n')
                value += '\n';
            break;
        default:
            value += '\n';
    }
    const end = start + header.length + scalar.source.length;
    return { value, type, comment: header.comment, range: [start, end, end] };
}
function parseBlockScalarHeader({ offset, props }, strict, onError) {
    /* istanbul ignore if should not happen */
    if (props[0].type !== 'block-scalar-header') {
        onError(props[0], 'IMPOSSIBLE', 'Block scalar header not found');
        return null;
    }
    const { source } = props[0];
    const mode = source[0];
    let indent = 0;
    let chomp = '';
    let error = -1;
    for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === '-' || ch === '+'))
            chomp = ch;
        else {
            const n = Number(ch);
            if (!indent && n)
                indent = n;
            else if (error === -1)
                error = offset + i;
        }
    }
    if (error !== -1)
        onError(error, 'UNEXPECTED_TOKEN', `Block scalar header includes extra characters: ${source}`);
    let hasSpace = false;
    let comment = '';
    let length = source.length;
    for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
            case 'space':
                hasSpace = true;
            // fallthrough
            case 'newline':
                length += token.source.length;
                break;
            case 'comment':
                if (strict && !hasSpace) {
                    const message = 'Comments must be separated from other tokens by white space characters';
                    onError(token, 'MISSING_CHAR', message);
                }
                length += token.source.length;
                comment = token.source.substring(1);
                break;
            case 'error':
                onError(token, 'UNEXPECTED_TOKEN', token.message);
                length += token.source.length;
                break;
            /* istanbul ignore next should not happen */
            default: {
                const message = `Unexpected token in block scalar header: ${token.type}`;
                onError(token, 'UNEXPECTED_TOKEN', message);
                const ts = token.source;
                if (ts && typeof ts === 'string')
                    length += ts.length;
            }
        }
    }
    return { mode, indent, chomp, comment, length };
}
/** @returns Array of lines split up as `[indent, content]` */
function splitLines(source) {
    const split = source.split(/\n( *)/);
    const first = split[0];
    const m = first.match(/^( *)/);
    const line0 = m?.[1]
        ? [m[1], first.slice(m[1].length)]
        : ['', first];
    const lines = [line0];
    for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
    return lines;
}

exports.resolveBlockScalar = resolveBlockScalar;


/***/ }),

/***/ 334:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var YAMLSeq = __nccwpck_require__(2223);
var resolveProps = __nccwpck_require__(4631);
var utilFlowIndentCheck = __nccwpck_require__(4051);

function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
    const seq = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = bs.offset;
    let commentEnd = null;
    for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
            indicator: 'seq-item-ind',
            next: value,
            offset,
            onError,
            parentIndent: bs.indent,
            startOnNewline: true
        });
        if (!props.found) {
            if (props.anchor || props.tag || value) {
                if (value?.type === 'block-seq')
                    onError(props.end, 'BAD_INDENT', 'All sequence items must start at the same column');
                else
                    onError(offset, 'MISSING_CHAR', 'Sequence item without - indicator');
            }
            else {
                commentEnd = props.end;
                if (props.comment)
                    seq.comment = props.comment;
                continue;
            }
        }
        const node = value
            ? composeNode(ctx, value, props, onError)
            : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
    }
    seq.range = [bs.offset, offset, commentEnd ?? offset];
    return seq;
}

exports.resolveBlockSeq = resolveBlockSeq;


/***/ }),

/***/ 7788:
/***/ ((__unused_webpack_module, exports) => {



function resolveEnd(end, offset, reqSpace, onError) {
    let comment = '';
    if (end) {
        let hasSpace = false;
        let sep = '';
        for (const token of end) {
            const { source, type } = token;
            switch (type) {
                case 'space':
                    hasSpace = true;
                    break;
                case 'comment': {
                    if (reqSpace && !hasSpace)
                        onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                    const cb = source.substring(1) || ' ';
                    if (!comment)
                        comment = cb;
                    else
                        comment += sep + cb;
                    sep = '';
                    break;
                }
                case 'newline':
                    if (comment)
                        sep += source;
                    hasSpace = true;
                    break;
                default:
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${type} at node end`);
            }
            offset += source.length;
        }
    }
    return { comment, offset };
}

exports.resolveEnd = resolveEnd;


/***/ }),

/***/ 3142:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilMapIncludes = __nccwpck_require__(1187);

const blockMsg = 'Block collections are not allowed within flow collections';
const isBlock = (token) => token && (token.type === 'block-map' || token.type === 'block-seq');
function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
    const isMap = fc.start.source === '{';
    const fcName = isMap ? 'flow map' : 'flow sequence';
    const NodeClass = (tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq));
    const coll = new NodeClass(ctx.schema);
    coll.flow = true;
    const atRoot = ctx.atRoot;
    if (atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = fc.offset + fc.start.source.length;
    for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
            flow: fcName,
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
        });
        if (!props.found) {
            if (!props.anchor && !props.tag && !sep && !value) {
                if (i === 0 && props.comma)
                    onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
                else if (i < fc.items.length - 1)
                    onError(props.start, 'UNEXPECTED_TOKEN', `Unexpected empty item in ${fcName}`);
                if (props.comment) {
                    if (coll.comment)
                        coll.comment += '\n' + props.comment;
                    else
                        coll.comment = props.comment;
                }
                offset = props.end;
                continue;
            }
            if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
                onError(key, // checked by containsNewline()
                'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
        }
        if (i === 0) {
            if (props.comma)
                onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
        }
        else {
            if (!props.comma)
                onError(props.start, 'MISSING_CHAR', `Missing , between ${fcName} items`);
            if (props.comment) {
                let prevItemComment = '';
                loop: for (const st of start) {
                    switch (st.type) {
                        case 'comma':
                        case 'space':
                            break;
                        case 'comment':
                            prevItemComment = st.source.substring(1);
                            break loop;
                        default:
                            break loop;
                    }
                }
                if (prevItemComment) {
                    let prev = coll.items[coll.items.length - 1];
                    if (identity.isPair(prev))
                        prev = prev.value ?? prev.key;
                    if (prev.comment)
                        prev.comment += '\n' + prevItemComment;
                    else
                        prev.comment = prevItemComment;
                    props.comment = props.comment.substring(prevItemComment.length + 1);
                }
            }
        }
        if (!isMap && !sep && !props.found) {
            // item is a value in a seq
            // → key & sep are empty, start does not include ? or :
            const valueNode = value
                ? composeNode(ctx, value, props, onError)
                : composeEmptyNode(ctx, props.end, sep, null, props, onError);
            coll.items.push(valueNode);
            offset = valueNode.range[2];
            if (isBlock(value))
                onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
        }
        else {
            // item is a key+value pair
            // key value
            ctx.atKey = true;
            const keyStart = props.end;
            const keyNode = key
                ? composeNode(ctx, key, props, onError)
                : composeEmptyNode(ctx, keyStart, start, null, props, onError);
            if (isBlock(key))
                onError(keyNode.range, 'BLOCK_IN_FLOW', blockMsg);
            ctx.atKey = false;
            // value properties
            const valueProps = resolveProps.resolveProps(sep ?? [], {
                flow: fcName,
                indicator: 'map-value-ind',
                next: value,
                offset: keyNode.range[2],
                onError,
                parentIndent: fc.indent,
                startOnNewline: false
            });
            if (valueProps.found) {
                if (!isMap && !props.found && ctx.options.strict) {
                    if (sep)
                        for (const st of sep) {
                            if (st === valueProps.found)
                                break;
                            if (st.type === 'newline') {
                                onError(st, 'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
                                break;
                            }
                        }
                    if (props.start < valueProps.found.offset - 1024)
                        onError(valueProps.found, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit flow sequence key');
                }
            }
            else if (value) {
                if ('source' in value && value.source?.[0] === ':')
                    onError(value, 'MISSING_CHAR', `Missing space after : in ${fcName}`);
                else
                    onError(valueProps.start, 'MISSING_CHAR', `Missing , or : between ${fcName} items`);
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : valueProps.found
                    ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError)
                    : null;
            if (valueNode) {
                if (isBlock(value))
                    onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
            }
            else if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            if (isMap) {
                const map = coll;
                if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
                    onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
                map.items.push(pair);
            }
            else {
                const map = new YAMLMap.YAMLMap(ctx.schema);
                map.flow = true;
                map.items.push(pair);
                const endRange = (valueNode ?? keyNode).range;
                map.range = [keyNode.range[0], endRange[1], endRange[2]];
                coll.items.push(map);
            }
            offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
    }
    const expectedEnd = isMap ? '}' : ']';
    const [ce, ...ee] = fc.end;
    let cePos = offset;
    if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
    else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot
            ? `${name} must end with a ${expectedEnd}`
            : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? 'MISSING_CHAR' : 'BAD_INDENT', msg);
        if (ce && ce.source.length !== 1)
            ee.unshift(ce);
    }
    if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
            if (coll.comment)
                coll.comment += '\n' + end.comment;
            else
                coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
    }
    else {
        coll.range = [fc.offset, cePos, cePos];
    }
    return coll;
}

exports.resolveFlowCollection = resolveFlowCollection;


/***/ }),

/***/ 6842:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var resolveEnd = __nccwpck_require__(7788);

function resolveFlowScalar(scalar, strict, onError) {
    const { offset, type, source, end } = scalar;
    let _type;
    let value;
    const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
    switch (type) {
        case 'scalar':
            _type = Scalar.Scalar.PLAIN;
            value = plainValue(source, _onError);
            break;
        case 'single-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_SINGLE;
            value = singleQuotedValue(source, _onError);
            break;
        case 'double-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_DOUBLE;
            value = doubleQuotedValue(source, _onError);
            break;
        /* istanbul ignore next should not happen */
        default:
            onError(scalar, 'UNEXPECTED_TOKEN', `Expected a flow scalar value, but found: ${type}`);
            return {
                value: '',
                type: null,
                comment: '',
                range: [offset, offset + source.length, offset + source.length]
            };
    }
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
    return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
    };
}
function plainValue(source, onError) {
    let badChar = '';
    switch (source[0]) {
        /* istanbul ignore next should not happen */
        case '\t':
            badChar = 'a tab character';
            break;
        case ',':
            badChar = 'flow indicator character ,';
            break;
        case '%':
            badChar = 'directive indicator character %';
            break;
        case '|':
        case '>': {
            badChar = `block scalar indicator ${source[0]}`;
            break;
        }
        case '@':
        case '`': {
            badChar = `reserved character ${source[0]}`;
            break;
        }
    }
    if (badChar)
        onError(0, 'BAD_SCALAR_START', `Plain value cannot start with ${badChar}`);
    return unfoldLines(source);
}
function singleQuotedValue(source, onError) {
    if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, 'MISSING_CHAR', "Missing closing 'quote");
    return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
}
function unfoldLines(source) {
    const line = /(.*?)\r?\n/sy;
    let match = line.exec(source);
    if (!match)
        return source;
    /**
     * The negative lookbehinds in these RegExps are to
     * prevent causing a polynomial search time in certain cases.
     *
     * The try-catch is for Safari < 16.4 and other old browsers:
     * https://caniuse.com/js-regexp-lookbehind
     */
    let trimEnd, trimBoth;
    try {
        trimEnd = new RegExp('(?<![ \t])[ \t]+$');
        trimBoth = new RegExp('^[ \t]+|(?<![ \t])[ \t]+$', 'g');
    }
    catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
    }
    let res = match[1].replace(trimEnd, '');
    let sep = ' ';
    let pos = line.lastIndex;
    while ((match = line.exec(source))) {
        const lm = match[1].replace(trimBoth, '');
        if (lm === '') {
            if (sep === '\n')
                res += sep;
            else
                sep = '\n';
        }
        else {
            res += sep + lm;
            sep = ' ';
        }
        pos = line.lastIndex;
    }
    const last = /[ \t]*(.*)/sy;
    last.lastIndex = pos;
    match = last.exec(source);
    return res + sep + (match?.[1] ?? '');
}
function doubleQuotedValue(source, onError) {
    let res = '';
    for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === '\r' && source[i + 1] === '\n')
            continue;
        if (ch === '\n') {
            const { fold, offset } = foldNewline(source, i);
            res += fold;
            i = offset;
        }
        else if (ch === '\\') {
            let next = source[++i];
            const cc = escapeCodes[next];
            if (cc)
                res += cc;
            else if (next === '\n') {
                // skip escaped newlines, but still trim the following line
                next = source[i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === '\r' && source[i + 1] === '\n') {
                // skip escaped CRLF newlines, but still trim the following line
                next = source[++i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === 'x' || next === 'u' || next === 'U') {
                const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
                res += parseCharCode(source, i + 1, length, onError);
                i += length;
            }
            else {
                const raw = source.substr(i - 1, 2);
                onError(i - 1, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
                res += raw;
            }
        }
        else if (ch === ' ' || ch === '\t') {
            // trim trailing whitespace
            const wsStart = i;
            let next = source[i + 1];
            while (next === ' ' || next === '\t')
                next = source[++i + 1];
            if (next !== '\n' && !(next === '\r' && source[i + 2] === '\n'))
                res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        }
        else {
            res += ch;
        }
    }
    if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, 'MISSING_CHAR', 'Missing closing "quote');
    return res;
}
/**
 * Fold a single newline into a space, multiple newlines to N - 1 newlines.
 * Presumes `source[offset] === '\n'`
 */
function foldNewline(source, offset) {
    let fold = '';
    let ch = source[offset + 1];
    while (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
        if (ch === '\r' && source[offset + 2] !== '\n')
            break;
        if (ch === '\n')
            fold += '\n';
        offset += 1;
        ch = source[offset + 1];
    }
    if (!fold)
        fold = ' ';
    return { fold, offset };
}
const escapeCodes = {
    '0': '\0', // null character
    a: '\x07', // bell character
    b: '\b', // backspace
    e: '\x1b', // escape character
    f: '\f', // form feed
    n: '\n', // line feed
    r: '\r', // carriage return
    t: '\t', // horizontal tab
    v: '\v', // vertical tab
    N: '\u0085', // Unicode next line
    _: '\u00a0', // Unicode non-breaking space
    L: '\u2028', // Unicode line separator
    P: '\u2029', // Unicode paragraph separator
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
    '\t': '\t'
};
function parseCharCode(source, offset, length, onError) {
    const cc = source.substr(offset, length);
    const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
    const code = ok ? parseInt(cc, 16) : NaN;
    try {
        return String.fromCodePoint(code);
    }
    catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
        return raw;
    }
}

exports.resolveFlowScalar = resolveFlowScalar;


/***/ }),

/***/ 4631:
/***/ ((__unused_webpack_module, exports) => {



function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
    let spaceBefore = false;
    let atNewline = startOnNewline;
    let hasSpace = startOnNewline;
    let comment = '';
    let commentSep = '';
    let hasNewline = false;
    let reqSpace = false;
    let tab = null;
    let anchor = null;
    let tag = null;
    let newlineAfterProp = null;
    let comma = null;
    let found = null;
    let start = null;
    for (const token of tokens) {
        if (reqSpace) {
            if (token.type !== 'space' &&
                token.type !== 'newline' &&
                token.type !== 'comma')
                onError(token.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
            reqSpace = false;
        }
        if (tab) {
            if (atNewline && token.type !== 'comment' && token.type !== 'newline') {
                onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
            }
            tab = null;
        }
        switch (token.type) {
            case 'space':
                // At the doc level, tabs at line start may be parsed
                // as leading white space rather than indentation.
                // In a flow collection, only the parser handles indent.
                if (!flow &&
                    (indicator !== 'doc-start' || next?.type !== 'flow-collection') &&
                    token.source.includes('\t')) {
                    tab = token;
                }
                hasSpace = true;
                break;
            case 'comment': {
                if (!hasSpace)
                    onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                const cb = token.source.substring(1) || ' ';
                if (!comment)
                    comment = cb;
                else
                    comment += commentSep + cb;
                commentSep = '';
                atNewline = false;
                break;
            }
            case 'newline':
                if (atNewline) {
                    if (comment)
                        comment += token.source;
                    else if (!found || indicator !== 'seq-item-ind')
                        spaceBefore = true;
                }
                else
                    commentSep += token.source;
                atNewline = true;
                hasNewline = true;
                if (anchor || tag)
                    newlineAfterProp = token;
                hasSpace = true;
                break;
            case 'anchor':
                if (anchor)
                    onError(token, 'MULTIPLE_ANCHORS', 'A node can have at most one anchor');
                if (token.source.endsWith(':'))
                    onError(token.offset + token.source.length - 1, 'BAD_ALIAS', 'Anchor ending in : is ambiguous', true);
                anchor = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            case 'tag': {
                if (tag)
                    onError(token, 'MULTIPLE_TAGS', 'A node can have at most one tag');
                tag = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            }
            case indicator:
                // Could here handle preceding comments differently
                if (anchor || tag)
                    onError(token, 'BAD_PROP_ORDER', `Anchors and tags must be after the ${token.source} indicator`);
                if (found)
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.source} in ${flow ?? 'collection'}`);
                found = token;
                atNewline =
                    indicator === 'seq-item-ind' || indicator === 'explicit-key-ind';
                hasSpace = false;
                break;
            case 'comma':
                if (flow) {
                    if (comma)
                        onError(token, 'UNEXPECTED_TOKEN', `Unexpected , in ${flow}`);
                    comma = token;
                    atNewline = false;
                    hasSpace = false;
                    break;
                }
            // else fallthrough
            default:
                onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.type} token`);
                atNewline = false;
                hasSpace = false;
        }
    }
    const last = tokens[tokens.length - 1];
    const end = last ? last.offset + last.source.length : offset;
    if (reqSpace &&
        next &&
        next.type !== 'space' &&
        next.type !== 'newline' &&
        next.type !== 'comma' &&
        (next.type !== 'scalar' || next.source !== '')) {
        onError(next.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
    }
    if (tab &&
        ((atNewline && tab.indent <= parentIndent) ||
            next?.type === 'block-map' ||
            next?.type === 'block-seq'))
        onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
    return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
    };
}

exports.resolveProps = resolveProps;


/***/ }),

/***/ 9499:
/***/ ((__unused_webpack_module, exports) => {



function containsNewline(key) {
    if (!key)
        return null;
    switch (key.type) {
        case 'alias':
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            if (key.source.includes('\n'))
                return true;
            if (key.end)
                for (const st of key.end)
                    if (st.type === 'newline')
                        return true;
            return false;
        case 'flow-collection':
            for (const it of key.items) {
                for (const st of it.start)
                    if (st.type === 'newline')
                        return true;
                if (it.sep)
                    for (const st of it.sep)
                        if (st.type === 'newline')
                            return true;
                if (containsNewline(it.key) || containsNewline(it.value))
                    return true;
            }
            return false;
        default:
            return true;
    }
}

exports.containsNewline = containsNewline;


/***/ }),

/***/ 2599:
/***/ ((__unused_webpack_module, exports) => {



function emptyScalarPosition(offset, before, pos) {
    if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
            let st = before[i];
            switch (st.type) {
                case 'space':
                case 'comment':
                case 'newline':
                    offset -= st.source.length;
                    continue;
            }
            // Technically, an empty scalar is immediately after the last non-empty
            // node, but it's more useful to place it after any whitespace.
            st = before[++i];
            while (st?.type === 'space') {
                offset += st.source.length;
                st = before[++i];
            }
            break;
        }
    }
    return offset;
}

exports.emptyScalarPosition = emptyScalarPosition;


/***/ }),

/***/ 4051:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var utilContainsNewline = __nccwpck_require__(9499);

function flowIndentCheck(indent, fc, onError) {
    if (fc?.type === 'flow-collection') {
        const end = fc.end[0];
        if (end.indent === indent &&
            (end.source === ']' || end.source === '}') &&
            utilContainsNewline.containsNewline(fc)) {
            const msg = 'Flow end indicator should be more indented than parent';
            onError(end, 'BAD_INDENT', msg, true);
        }
    }
}

exports.flowIndentCheck = flowIndentCheck;


/***/ }),

/***/ 1187:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

function mapIncludes(ctx, items, search) {
    const { uniqueKeys } = ctx.options;
    if (uniqueKeys === false)
        return false;
    const isEqual = typeof uniqueKeys === 'function'
        ? uniqueKeys
        : (a, b) => a === b || (identity.isScalar(a) && identity.isScalar(b) && a.value === b.value);
    return items.some(pair => isEqual(pair.key, search));
}

exports.mapIncludes = mapIncludes;


/***/ }),

/***/ 3021:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var toJS = __nccwpck_require__(4043);
var Schema = __nccwpck_require__(5840);
var stringifyDocument = __nccwpck_require__(6829);
var anchors = __nccwpck_require__(1596);
var applyReviver = __nccwpck_require__(3661);
var createNode = __nccwpck_require__(2404);
var directives = __nccwpck_require__(1342);

class Document {
    constructor(value, replacer, options) {
        /** A comment before this Document */
        this.commentBefore = null;
        /** A comment immediately after this Document */
        this.comment = null;
        /** Errors encountered during parsing. */
        this.errors = [];
        /** Warnings encountered during parsing. */
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === 'function' || Array.isArray(replacer)) {
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const opt = Object.assign({
            intAsBigInt: false,
            keepSourceTokens: false,
            logLevel: 'warn',
            prettyErrors: true,
            strict: true,
            stringKeys: false,
            uniqueKeys: true,
            version: '1.2'
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
            this.directives = options._directives.atDocument();
            if (this.directives.yaml.explicit)
                version = this.directives.yaml.version;
        }
        else
            this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        // @ts-expect-error We can't really know that this matches Contents.
        this.contents =
            value === undefined ? null : this.createNode(value, _replacer, options);
    }
    /**
     * Create a deep copy of this Document and its contents.
     *
     * Custom Node values that inherit from `Object` still refer to their original instances.
     */
    clone() {
        const copy = Object.create(Document.prototype, {
            [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
            copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        // @ts-expect-error We can't really know that this matches Contents.
        copy.contents = identity.isNode(this.contents)
            ? this.contents.clone(copy.schema)
            : this.contents;
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** Adds a value to the document. */
    add(value) {
        if (assertCollection(this.contents))
            this.contents.add(value);
    }
    /** Adds a value to the document. */
    addIn(path, value) {
        if (assertCollection(this.contents))
            this.contents.addIn(path, value);
    }
    /**
     * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
     *
     * If `node` already has an anchor, `name` is ignored.
     * Otherwise, the `node.anchor` value will be set to `name`,
     * or if an anchor with that name is already present in the document,
     * `name` will be used as a prefix for a new unique anchor.
     * If `name` is undefined, the generated anchor will use 'a' as a prefix.
     */
    createAlias(node, name) {
        if (!node.anchor) {
            const prev = anchors.anchorNames(this);
            node.anchor =
                // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
                !name || prev.has(name) ? anchors.findNewAnchor(name || 'a', prev) : name;
        }
        return new Alias.Alias(node.anchor);
    }
    createNode(value, replacer, options) {
        let _replacer = undefined;
        if (typeof replacer === 'function') {
            value = replacer.call({ '': value }, '', value);
            _replacer = replacer;
        }
        else if (Array.isArray(replacer)) {
            const keyToStr = (v) => typeof v === 'number' || v instanceof String || v instanceof Number;
            const asStr = replacer.filter(keyToStr).map(String);
            if (asStr.length > 0)
                replacer = replacer.concat(asStr);
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(this, 
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        anchorPrefix || 'a');
        const ctx = {
            aliasDuplicateObjects: aliasDuplicateObjects ?? true,
            keepUndefined: keepUndefined ?? false,
            onAnchor,
            onTagObj,
            replacer: _replacer,
            schema: this.schema,
            sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
            node.flow = true;
        setAnchors();
        return node;
    }
    /**
     * Convert a key and a value into a `Pair` using the current schema,
     * recursively wrapping all values as `Scalar` or `Collection` nodes.
     */
    createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
            if (this.contents == null)
                return false;
            // @ts-expect-error Presumed impossible if Strict extends false
            this.contents = null;
            return true;
        }
        return assertCollection(this.contents)
            ? this.contents.deleteIn(path)
            : false;
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    get(key, keepScalar) {
        return identity.isCollection(this.contents)
            ? this.contents.get(key, keepScalar)
            : undefined;
    }
    /**
     * Returns item at `path`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
            return !keepScalar && identity.isScalar(this.contents)
                ? this.contents.value
                : this.contents;
        return identity.isCollection(this.contents)
            ? this.contents.getIn(path, keepScalar)
            : undefined;
    }
    /**
     * Checks if the document includes a value with the key `key`.
     */
    has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
    }
    /**
     * Checks if the document includes a value at `path`.
     */
    hasIn(path) {
        if (Collection.isEmptyPath(path))
            return this.contents !== undefined;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    set(key, value) {
        if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, [key], value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.set(key, value);
        }
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = value;
        }
        else if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.setIn(path, value);
        }
    }
    /**
     * Change the YAML version and schema used by the document.
     * A `null` version disables support for directives, explicit tags, anchors, and aliases.
     * It also requires the `schema` option to be given as a `Schema` instance value.
     *
     * Overrides all previously set schema options.
     */
    setSchema(version, options = {}) {
        if (typeof version === 'number')
            version = String(version);
        let opt;
        switch (version) {
            case '1.1':
                if (this.directives)
                    this.directives.yaml.version = '1.1';
                else
                    this.directives = new directives.Directives({ version: '1.1' });
                opt = { resolveKnownTags: false, schema: 'yaml-1.1' };
                break;
            case '1.2':
            case 'next':
                if (this.directives)
                    this.directives.yaml.version = version;
                else
                    this.directives = new directives.Directives({ version });
                opt = { resolveKnownTags: true, schema: 'core' };
                break;
            case null:
                if (this.directives)
                    delete this.directives;
                opt = null;
                break;
            default: {
                const sv = JSON.stringify(version);
                throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
            }
        }
        // Not using `instanceof Schema` to allow for duck typing
        if (options.schema instanceof Object)
            this.schema = options.schema;
        else if (opt)
            this.schema = new Schema.Schema(Object.assign(opt, options));
        else
            throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
    }
    // json & jsonArg are only used from toJSON()
    toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
            anchors: new Map(),
            doc: this,
            keep: !json,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
    /**
     * A JSON representation of the document `contents`.
     *
     * @param jsonArg Used by `JSON.stringify` to indicate the array index or
     *   property name.
     */
    toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
    }
    /** A YAML representation of the document. */
    toString(options = {}) {
        if (this.errors.length > 0)
            throw new Error('Document with errors cannot be stringified');
        if ('indent' in options &&
            (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
            const s = JSON.stringify(options.indent);
            throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
    }
}
function assertCollection(contents) {
    if (identity.isCollection(contents))
        return true;
    throw new Error('Expected a YAML collection as document contents');
}

exports.Document = Document;


/***/ }),

/***/ 1596:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

/**
 * Verify that the input string is a valid anchor.
 *
 * Will throw on errors.
 */
function anchorIsValid(anchor) {
    if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
    }
    return true;
}
function anchorNames(root) {
    const anchors = new Set();
    visit.visit(root, {
        Value(_key, node) {
            if (node.anchor)
                anchors.add(node.anchor);
        }
    });
    return anchors;
}
/** Find a new anchor name with the given `prefix` and a one-indexed suffix. */
function findNewAnchor(prefix, exclude) {
    for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
            return name;
    }
}
function createNodeAnchors(doc, prefix) {
    const aliasObjects = [];
    const sourceObjects = new Map();
    let prevAnchors = null;
    return {
        onAnchor: (source) => {
            aliasObjects.push(source);
            prevAnchors ?? (prevAnchors = anchorNames(doc));
            const anchor = findNewAnchor(prefix, prevAnchors);
            prevAnchors.add(anchor);
            return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
            for (const source of aliasObjects) {
                const ref = sourceObjects.get(source);
                if (typeof ref === 'object' &&
                    ref.anchor &&
                    (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
                    ref.node.anchor = ref.anchor;
                }
                else {
                    const error = new Error('Failed to resolve repeated object (this should not happen)');
                    error.source = source;
                    throw error;
                }
            }
        },
        sourceObjects
    };
}

exports.anchorIsValid = anchorIsValid;
exports.anchorNames = anchorNames;
exports.createNodeAnchors = createNodeAnchors;
exports.findNewAnchor = findNewAnchor;


/***/ }),

/***/ 3661:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Applies the JSON.parse reviver algorithm as defined in the ECMA-262 spec,
 * in section 24.5.1.1 "Runtime Semantics: InternalizeJSONProperty" of the
 * 2021 edition: https://tc39.es/ecma262/#sec-json.parse
 *
 * Includes extensions for handling Map and Set objects.
 */
function applyReviver(reviver, obj, key, val) {
    if (val && typeof val === 'object') {
        if (Array.isArray(val)) {
            for (let i = 0, len = val.length; i < len; ++i) {
                const v0 = val[i];
                const v1 = applyReviver(reviver, val, String(i), v0);
                // eslint-disable-next-line @typescript-eslint/no-array-delete
                if (v1 === undefined)
                    delete val[i];
                else if (v1 !== v0)
                    val[i] = v1;
            }
        }
        else if (val instanceof Map) {
            for (const k of Array.from(val.keys())) {
                const v0 = val.get(k);
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    val.delete(k);
                else if (v1 !== v0)
                    val.set(k, v1);
            }
        }
        else if (val instanceof Set) {
            for (const v0 of Array.from(val)) {
                const v1 = applyReviver(reviver, val, v0, v0);
                if (v1 === undefined)
                    val.delete(v0);
                else if (v1 !== v0) {
                    val.delete(v0);
                    val.add(v1);
                }
            }
        }
        else {
            for (const [k, v0] of Object.entries(val)) {
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    delete val[k];
                else if (v1 !== v0)
                    val[k] = v1;
            }
        }
    }
    return reviver.call(obj, key, val);
}

exports.applyReviver = applyReviver;


/***/ }),

/***/ 2404:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

const defaultTagPrefix = 'tag:yaml.org,2002:';
function findTagObject(value, tagName, tags) {
    if (tagName) {
        const match = tags.filter(t => t.tag === tagName);
        const tagObj = match.find(t => !t.format) ?? match[0];
        if (!tagObj)
            throw new Error(`Tag ${tagName} not found`);
        return tagObj;
    }
    return tags.find(t => t.identify?.(value) && !t.format);
}
function createNode(value, tagName, ctx) {
    if (identity.isDocument(value))
        value = value.contents;
    if (identity.isNode(value))
        return value;
    if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
    }
    if (value instanceof String ||
        value instanceof Number ||
        value instanceof Boolean ||
        (typeof BigInt !== 'undefined' && value instanceof BigInt) // not supported everywhere
    ) {
        // https://tc39.es/ecma262/#sec-serializejsonproperty
        value = value.valueOf();
    }
    const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
    // Detect duplicate references to the same object & use Alias nodes for all
    // after first. The `ref` wrapper allows for circular references to resolve.
    let ref = undefined;
    if (aliasDuplicateObjects && value && typeof value === 'object') {
        ref = sourceObjects.get(value);
        if (ref) {
            ref.anchor ?? (ref.anchor = onAnchor(value));
            return new Alias.Alias(ref.anchor);
        }
        else {
            ref = { anchor: null, node: null };
            sourceObjects.set(value, ref);
        }
    }
    if (tagName?.startsWith('!!'))
        tagName = defaultTagPrefix + tagName.slice(2);
    let tagObj = findTagObject(value, tagName, schema.tags);
    if (!tagObj) {
        if (value && typeof value.toJSON === 'function') {
            // eslint-disable-next-line @typescript-eslint/no-unsafe-call
            value = value.toJSON();
        }
        if (!value || typeof value !== 'object') {
            const node = new Scalar.Scalar(value);
            if (ref)
                ref.node = node;
            return node;
        }
        tagObj =
            value instanceof Map
                ? schema[identity.MAP]
                : Symbol.iterator in Object(value)
                    ? schema[identity.SEQ]
                    : schema[identity.MAP];
    }
    if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
    }
    const node = tagObj?.createNode
        ? tagObj.createNode(ctx.schema, value, ctx)
        : typeof tagObj?.nodeClass?.from === 'function'
            ? tagObj.nodeClass.from(ctx.schema, value, ctx)
            : new Scalar.Scalar(value);
    if (tagName)
        node.tag = tagName;
    else if (!tagObj.default)
        node.tag = tagObj.tag;
    if (ref)
        ref.node = node;
    return node;
}

exports.createNode = createNode;


/***/ }),

/***/ 1342:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

const escapeChars = {
    '!': '%21',
    ',': '%2C',
    '[': '%5B',
    ']': '%5D',
    '{': '%7B',
    '}': '%7D'
};
const escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, ch => escapeChars[ch]);
class Directives {
    constructor(yaml, tags) {
        /**
         * The directives-end/doc-start marker `---`. If `null`, a marker may still be
         * included in the document's stringified representation.
         */
        this.docStart = null;
        /** The doc-end marker `...`.  */
        this.docEnd = false;
        this.yaml = Object.assign({}, Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, Directives.defaultTags, tags);
    }
    clone() {
        const copy = new Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
    }
    /**
     * During parsing, get a Directives instance for the current document and
     * update the stream state according to the current version's spec.
     */
    atDocument() {
        const res = new Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
            case '1.1':
                this.atNextDocument = true;
                break;
            case '1.2':
                this.atNextDocument = false;
                this.yaml = {
                    explicit: Directives.defaultYaml.explicit,
                    version: '1.2'
                };
                this.tags = Object.assign({}, Directives.defaultTags);
                break;
        }
        return res;
    }
    /**
     * @param onError - May be called even if the action was successful
     * @returns `true` on success
     */
    add(line, onError) {
        if (this.atNextDocument) {
            this.yaml = { explicit: Directives.defaultYaml.explicit, version: '1.1' };
            this.tags = Object.assign({}, Directives.defaultTags);
            this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
            case '%TAG': {
                if (parts.length !== 2) {
                    onError(0, '%TAG directive should contain exactly two parts');
                    if (parts.length < 2)
                        return false;
                }
                const [handle, prefix] = parts;
                this.tags[handle] = prefix;
                return true;
            }
            case '%YAML': {
                this.yaml.explicit = true;
                if (parts.length !== 1) {
                    onError(0, '%YAML directive should contain exactly one part');
                    return false;
                }
                const [version] = parts;
                if (version === '1.1' || version === '1.2') {
                    this.yaml.version = version;
                    return true;
                }
                else {
                    const isValid = /^\d+\.\d+$/.test(version);
                    onError(6, `Unsupported YAML version ${version}`, isValid);
                    return false;
                }
            }
            default:
                onError(0, `Unknown directive ${name}`, true);
                return false;
        }
    }
    /**
     * Resolves a tag, matching handles to those defined in %TAG directives.
     *
     * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
     *   `'!local'` tag, or `null` if unresolvable.
     */
    tagName(source, onError) {
        if (source === '!')
            return '!'; // non-specific tag
        if (source[0] !== '!') {
            onError(`Not a valid tag: ${source}`);
            return null;
        }
        if (source[1] === '<') {
            const verbatim = source.slice(2, -1);
            if (verbatim === '!' || verbatim === '!!') {
                onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
                return null;
            }
            if (source[source.length - 1] !== '>')
                onError('Verbatim tags must end with a >');
            return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
            onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
            try {
                return prefix + decodeURIComponent(suffix);
            }
            catch (error) {
                onError(String(error));
                return null;
            }
        }
        if (handle === '!')
            return source; // local tag
        onError(`Could not resolve tag: ${source}`);
        return null;
    }
    /**
     * Given a fully resolved tag, returns its printable string form,
     * taking into account current tag prefixes and defaults.
     */
    tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
            if (tag.startsWith(prefix))
                return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === '!' ? tag : `!<${tag}>`;
    }
    toString(doc) {
        const lines = this.yaml.explicit
            ? [`%YAML ${this.yaml.version || '1.2'}`]
            : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
            const tags = {};
            visit.visit(doc.contents, (_key, node) => {
                if (identity.isNode(node) && node.tag)
                    tags[node.tag] = true;
            });
            tagNames = Object.keys(tags);
        }
        else
            tagNames = [];
        for (const [handle, prefix] of tagEntries) {
            if (handle === '!!' && prefix === 'tag:yaml.org,2002:')
                continue;
            if (!doc || tagNames.some(tn => tn.startsWith(prefix)))
                lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join('\n');
    }
}
Directives.defaultYaml = { explicit: false, version: '1.2' };
Directives.defaultTags = { '!!': 'tag:yaml.org,2002:' };

exports.Directives = Directives;


/***/ }),

/***/ 1464:
/***/ ((__unused_webpack_module, exports) => {



class YAMLError extends Error {
    constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
    }
}
class YAMLParseError extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLParseError', pos, code, message);
    }
}
class YAMLWarning extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLWarning', pos, code, message);
    }
}
const prettifyError = (src, lc) => (error) => {
    if (error.pos[0] === -1)
        return;
    error.linePos = error.pos.map(pos => lc.linePos(pos));
    const { line, col } = error.linePos[0];
    error.message += ` at line ${line}, column ${col}`;
    let ci = col - 1;
    let lineStr = src
        .substring(lc.lineStarts[line - 1], lc.lineStarts[line])
        .replace(/[\n\r]+$/, '');
    // Trim to max 80 chars, keeping col position near the middle
    if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = '…' + lineStr.substring(trimStart);
        ci -= trimStart - 1;
    }
    if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + '…';
    // Include previous line in context if pointing at line start
    if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        // Regexp won't match if start is trimmed
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
            prev = prev.substring(0, 79) + '…\n';
        lineStr = prev + lineStr;
    }
    if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
            count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = ' '.repeat(ci) + '^'.repeat(count);
        error.message += `:\n\n${lineStr}\n${pointer}\n`;
    }
};

exports.YAMLError = YAMLError;
exports.YAMLParseError = YAMLParseError;
exports.YAMLWarning = YAMLWarning;
exports.prettifyError = prettifyError;


/***/ }),

/***/ 8815:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;


var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var Schema = __nccwpck_require__(5840);
var errors = __nccwpck_require__(1464);
var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);
var publicApi = __nccwpck_require__(4047);
var visit = __nccwpck_require__(204);



__webpack_unused_export__ = composer.Composer;
__webpack_unused_export__ = Document.Document;
__webpack_unused_export__ = Schema.Schema;
__webpack_unused_export__ = errors.YAMLError;
__webpack_unused_export__ = errors.YAMLParseError;
__webpack_unused_export__ = errors.YAMLWarning;
__webpack_unused_export__ = Alias.Alias;
exports.Vj = identity.isAlias;
__webpack_unused_export__ = identity.isCollection;
__webpack_unused_export__ = identity.isDocument;
exports.jh = identity.isMap;
__webpack_unused_export__ = identity.isNode;
__webpack_unused_export__ = identity.isPair;
exports.jn = identity.isScalar;
exports.oP = identity.isSeq;
__webpack_unused_export__ = Pair.Pair;
__webpack_unused_export__ = Scalar.Scalar;
__webpack_unused_export__ = YAMLMap.YAMLMap;
__webpack_unused_export__ = YAMLSeq.YAMLSeq;
__webpack_unused_export__ = cst;
__webpack_unused_export__ = lexer.Lexer;
__webpack_unused_export__ = lineCounter.LineCounter;
__webpack_unused_export__ = parser.Parser;
__webpack_unused_export__ = publicApi.parse;
__webpack_unused_export__ = publicApi.parseAllDocuments;
exports.Tp = publicApi.parseDocument;
__webpack_unused_export__ = publicApi.stringify;
__webpack_unused_export__ = visit.visit;
__webpack_unused_export__ = visit.visitAsync;


/***/ }),

/***/ 7249:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);

function debug(logLevel, ...messages) {
    if (logLevel === 'debug')
        console.log(...messages);
}
function warn(logLevel, warning) {
    if (logLevel === 'debug' || logLevel === 'warn') {
        if (typeof node_process.emitWarning === 'function')
            node_process.emitWarning(warning);
        else
            console.warn(warning);
    }
}

exports.debug = debug;
exports.warn = warn;


/***/ }),

/***/ 4065:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var visit = __nccwpck_require__(204);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

class Alias extends Node.NodeBase {
    constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, 'tag', {
            set() {
                throw new Error('Alias nodes cannot have tags');
            }
        });
    }
    /**
     * Resolve the value of this alias within `doc`, finding the last
     * instance of the `source` anchor before this node.
     */
    resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
            throw new ReferenceError('Alias resolution is disabled');
        let nodes;
        if (ctx?.aliasResolveCache) {
            nodes = ctx.aliasResolveCache;
        }
        else {
            nodes = [];
            visit.visit(doc, {
                Node: (_key, node) => {
                    if (identity.isAlias(node) || identity.hasAnchor(node))
                        nodes.push(node);
                }
            });
            if (ctx)
                ctx.aliasResolveCache = nodes;
        }
        let found = undefined;
        for (const node of nodes) {
            if (node === this)
                break;
            if (node.anchor === this.source)
                found = node;
        }
        if (found && ctx) {
            const { anchors, doc, maxAliasCount } = ctx;
            let data = anchors.get(found);
            if (!data) {
                // Resolve anchors for Node.prototype.toJS()
                toJS.toJS(found, null, ctx);
                data = anchors.get(found);
            }
            /* istanbul ignore if */
            if (data?.res === undefined) {
                const msg = 'This should not happen: Alias anchor was not resolved?';
                throw new ReferenceError(msg);
            }
            if (maxAliasCount >= 0) {
                data.count += 1;
                if (data.aliasCount === 0)
                    data.aliasCount = getAliasCount(doc, found, anchors);
                if (data.count * data.aliasCount > maxAliasCount) {
                    const msg = 'Excessive alias count indicates a resource exhaustion attack';
                    throw new ReferenceError(msg);
                }
            }
        }
        return found;
    }
    toJSON(_arg, ctx) {
        if (!ctx)
            return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
    }
    toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
            anchors.anchorIsValid(this.source);
            if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
                const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
                throw new Error(msg);
            }
            if (ctx.implicitKey)
                return `${src} `;
        }
        return src;
    }
}
function getAliasCount(doc, node, anchors) {
    if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors && source && anchors.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
    }
    else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
            const c = getAliasCount(doc, item, anchors);
            if (c > count)
                count = c;
        }
        return count;
    }
    else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors);
        const vc = getAliasCount(doc, node.value, anchors);
        return Math.max(kc, vc);
    }
    return 1;
}

exports.Alias = Alias;


/***/ }),

/***/ 101:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);

function collectionFromPath(schema, path, value) {
    let v = value;
    for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === 'number' && Number.isInteger(k) && k >= 0) {
            const a = [];
            a[k] = v;
            v = a;
        }
        else {
            v = new Map([[k, v]]);
        }
    }
    return createNode.createNode(v, undefined, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
            throw new Error('This should not happen, please report a bug.');
        },
        schema,
        sourceObjects: new Map()
    });
}
// Type guard is intentionally a little wrong so as to be more useful,
// as it does not cover untypable empty non-string iterables (e.g. []).
const isEmptyPath = (path) => path == null ||
    (typeof path === 'object' && !!path[Symbol.iterator]().next().done);
class Collection extends Node.NodeBase {
    constructor(type, schema) {
        super(type);
        Object.defineProperty(this, 'schema', {
            value: schema,
            configurable: true,
            enumerable: false,
            writable: true
        });
    }
    /**
     * Create a copy of this collection.
     *
     * @param schema - If defined, overwrites the original's schema
     */
    clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
            copy.schema = schema;
        copy.items = copy.items.map(it => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /**
     * Adds a value to the collection. For `!!map` and `!!omap` the value must
     * be a Pair instance or a `{ key, value }` object, which may not have a key
     * that already exists in the map.
     */
    addIn(path, value) {
        if (isEmptyPath(path))
            this.add(value);
        else {
            const [key, ...rest] = path;
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.addIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
    /**
     * Removes a value from the collection.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
            return node.deleteIn(rest);
        else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
            return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
            return identity.isCollection(node) ? node.getIn(rest, keepScalar) : undefined;
    }
    hasAllNullValues(allowScalar) {
        return this.items.every(node => {
            if (!identity.isPair(node))
                return false;
            const n = node.value;
            return (n == null ||
                (allowScalar &&
                    identity.isScalar(n) &&
                    n.value == null &&
                    !n.commentBefore &&
                    !n.comment &&
                    !n.tag));
        });
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     */
    hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
            this.set(key, value);
        }
        else {
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.setIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
}

exports.Collection = Collection;
exports.collectionFromPath = collectionFromPath;
exports.isEmptyPath = isEmptyPath;


/***/ }),

/***/ 6673:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var applyReviver = __nccwpck_require__(3661);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

class NodeBase {
    constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
    }
    /** Create a copy of this node.  */
    clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** A plain JavaScript representation of this node. */
    toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
            throw new TypeError('A document argument is required');
        const ctx = {
            anchors: new Map(),
            doc,
            keep: true,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
}

exports.NodeBase = NodeBase;


/***/ }),

/***/ 7165:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyPair = __nccwpck_require__(9748);
var addPairToJSMap = __nccwpck_require__(7104);
var identity = __nccwpck_require__(1127);

function createPair(key, value, ctx) {
    const k = createNode.createNode(key, undefined, ctx);
    const v = createNode.createNode(value, undefined, ctx);
    return new Pair(k, v);
}
class Pair {
    constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
    }
    clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
            key = key.clone(schema);
        if (identity.isNode(value))
            value = value.clone(schema);
        return new Pair(key, value);
    }
    toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
    }
    toString(ctx, onComment, onChompKeep) {
        return ctx?.doc
            ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep)
            : JSON.stringify(this);
    }
}

exports.Pair = Pair;
exports.createPair = createPair;


/***/ }),

/***/ 3301:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

const isScalarValue = (value) => !value || (typeof value !== 'function' && typeof value !== 'object');
class Scalar extends Node.NodeBase {
    constructor(value) {
        super(identity.SCALAR);
        this.value = value;
    }
    toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
    }
    toString() {
        return String(this.value);
    }
}
Scalar.BLOCK_FOLDED = 'BLOCK_FOLDED';
Scalar.BLOCK_LITERAL = 'BLOCK_LITERAL';
Scalar.PLAIN = 'PLAIN';
Scalar.QUOTE_DOUBLE = 'QUOTE_DOUBLE';
Scalar.QUOTE_SINGLE = 'QUOTE_SINGLE';

exports.Scalar = Scalar;
exports.isScalarValue = isScalarValue;


/***/ }),

/***/ 4454:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyCollection = __nccwpck_require__(1212);
var addPairToJSMap = __nccwpck_require__(7104);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);

function findPair(items, key) {
    const k = identity.isScalar(key) ? key.value : key;
    for (const it of items) {
        if (identity.isPair(it)) {
            if (it.key === key || it.key === k)
                return it;
            if (identity.isScalar(it.key) && it.key.value === k)
                return it;
        }
    }
    return undefined;
}
class YAMLMap extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:map';
    }
    constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
    }
    /**
     * A generic collection parsing method that can be extended
     * to other node classes that inherit from YAMLMap
     */
    static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
            if (typeof replacer === 'function')
                value = replacer.call(obj, key, value);
            else if (Array.isArray(replacer) && !replacer.includes(key))
                return;
            if (value !== undefined || keepUndefined)
                map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
            for (const [key, value] of obj)
                add(key, value);
        }
        else if (obj && typeof obj === 'object') {
            for (const key of Object.keys(obj))
                add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === 'function') {
            map.items.sort(schema.sortMapEntries);
        }
        return map;
    }
    /**
     * Adds a value to the collection.
     *
     * @param overwrite - If not set `true`, using a key that is already in the
     *   collection will throw. Otherwise, overwrites the previous value.
     */
    add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
            _pair = pair;
        else if (!pair || typeof pair !== 'object' || !('key' in pair)) {
            // In TypeScript, this never happens.
            _pair = new Pair.Pair(pair, pair?.value);
        }
        else
            _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
            if (!overwrite)
                throw new Error(`Key ${_pair.key} already set`);
            // For scalars, keep the old node & its comments and anchors
            if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
                prev.value.value = _pair.value;
            else
                prev.value = _pair.value;
        }
        else if (sortEntries) {
            const i = this.items.findIndex(item => sortEntries(_pair, item) < 0);
            if (i === -1)
                this.items.push(_pair);
            else
                this.items.splice(i, 0, _pair);
        }
        else {
            this.items.push(_pair);
        }
    }
    delete(key) {
        const it = findPair(this.items, key);
        if (!it)
            return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? undefined;
    }
    has(key) {
        return !!findPair(this.items, key);
    }
    set(key, value) {
        this.add(new Pair.Pair(key, value), true);
    }
    /**
     * @param ctx - Conversion context, originally set in Document#toJS()
     * @param {Class} Type - If set, forces the returned collection type
     * @returns Instance of Type, Map, or Object
     */
    toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? new Map() : {};
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const item of this.items)
            addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        for (const item of this.items) {
            if (!identity.isPair(item))
                throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
            ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '',
            flowChars: { start: '{', end: '}' },
            itemIndent: ctx.indent || '',
            onChompKeep,
            onComment
        });
    }
}

exports.YAMLMap = YAMLMap;
exports.findPair = findPair;


/***/ }),

/***/ 2223:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyCollection = __nccwpck_require__(1212);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var toJS = __nccwpck_require__(4043);

class YAMLSeq extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:seq';
    }
    constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
    }
    add(value) {
        this.items.push(value);
    }
    /**
     * Removes a value from the collection.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     *
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return undefined;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     */
    has(key) {
        const idx = asItemIndex(key);
        return typeof idx === 'number' && idx < this.items.length;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     *
     * If `key` does not contain a representation of an integer, this will throw.
     * It may be wrapped in a `Scalar`.
     */
    set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
            prev.value = value;
        else
            this.items[idx] = value;
    }
    toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
            ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
            seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '- ',
            flowChars: { start: '[', end: ']' },
            itemIndent: (ctx.indent || '') + '  ',
            onChompKeep,
            onComment
        });
    }
    static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
            let i = 0;
            for (let it of obj) {
                if (typeof replacer === 'function') {
                    const key = obj instanceof Set ? it : String(i++);
                    it = replacer.call(obj, key, it);
                }
                seq.items.push(createNode.createNode(it, undefined, ctx));
            }
        }
        return seq;
    }
}
function asItemIndex(key) {
    let idx = identity.isScalar(key) ? key.value : key;
    if (idx && typeof idx === 'string')
        idx = Number(idx);
    return typeof idx === 'number' && Number.isInteger(idx) && idx >= 0
        ? idx
        : null;
}

exports.YAMLSeq = YAMLSeq;


/***/ }),

/***/ 7104:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var log = __nccwpck_require__(7249);
var merge = __nccwpck_require__(452);
var stringify = __nccwpck_require__(2148);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

function addPairToJSMap(ctx, map, { key, value }) {
    if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
    // TODO: Should drop this special case for bare << handling
    else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
    else {
        const jsKey = toJS.toJS(key, '', ctx);
        if (map instanceof Map) {
            map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        }
        else if (map instanceof Set) {
            map.add(jsKey);
        }
        else {
            const stringKey = stringifyKey(key, jsKey, ctx);
            const jsValue = toJS.toJS(value, stringKey, ctx);
            if (stringKey in map)
                Object.defineProperty(map, stringKey, {
                    value: jsValue,
                    writable: true,
                    enumerable: true,
                    configurable: true
                });
            else
                map[stringKey] = jsValue;
        }
    }
    return map;
}
function stringifyKey(key, jsKey, ctx) {
    if (jsKey === null)
        return '';
    // eslint-disable-next-line @typescript-eslint/no-base-to-string
    if (typeof jsKey !== 'object')
        return String(jsKey);
    if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = new Set();
        for (const node of ctx.anchors.keys())
            strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
            let jsonStr = JSON.stringify(strKey);
            if (jsonStr.length > 40)
                jsonStr = jsonStr.substring(0, 36) + '..."';
            log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
            ctx.mapKeyWarned = true;
        }
        return strKey;
    }
    return JSON.stringify(jsKey);
}

exports.addPairToJSMap = addPairToJSMap;


/***/ }),

/***/ 1127:
/***/ ((__unused_webpack_module, exports) => {



const ALIAS = Symbol.for('yaml.alias');
const DOC = Symbol.for('yaml.document');
const MAP = Symbol.for('yaml.map');
const PAIR = Symbol.for('yaml.pair');
const SCALAR = Symbol.for('yaml.scalar');
const SEQ = Symbol.for('yaml.seq');
const NODE_TYPE = Symbol.for('yaml.node.type');
const isAlias = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === ALIAS;
const isDocument = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === DOC;
const isMap = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === MAP;
const isPair = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === PAIR;
const isScalar = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SCALAR;
const isSeq = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SEQ;
function isCollection(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case MAP:
            case SEQ:
                return true;
        }
    return false;
}
function isNode(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case ALIAS:
            case MAP:
            case SCALAR:
            case SEQ:
                return true;
        }
    return false;
}
const hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;

exports.ALIAS = ALIAS;
exports.DOC = DOC;
exports.MAP = MAP;
exports.NODE_TYPE = NODE_TYPE;
exports.PAIR = PAIR;
exports.SCALAR = SCALAR;
exports.SEQ = SEQ;
exports.hasAnchor = hasAnchor;
exports.isAlias = isAlias;
exports.isCollection = isCollection;
exports.isDocument = isDocument;
exports.isMap = isMap;
exports.isNode = isNode;
exports.isPair = isPair;
exports.isScalar = isScalar;
exports.isSeq = isSeq;


/***/ }),

/***/ 4043:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

/**
 * Recursively convert any node or its contents to native JavaScript
 *
 * @param value - The input value
 * @param arg - If `value` defines a `toJSON()` method, use this
 *   as its first argument
 * @param ctx - Conversion context, originally set in Document#toJS(). If
 *   `{ keep: true }` is not set, output should be suitable for JSON
 *   stringification.
 */
function toJS(value, arg, ctx) {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-return
    if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
    if (value && typeof value.toJSON === 'function') {
        // eslint-disable-next-line @typescript-eslint/no-unsafe-call
        if (!ctx || !identity.hasAnchor(value))
            return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: undefined };
        ctx.anchors.set(value, data);
        ctx.onCreate = res => {
            data.res = res;
            delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
            ctx.onCreate(res);
        return res;
    }
    if (typeof value === 'bigint' && !ctx?.keep)
        return Number(value);
    return value;
}

exports.toJS = toJS;


/***/ }),

/***/ 110:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);
var errors = __nccwpck_require__(1464);
var stringifyString = __nccwpck_require__(3069);

function resolveAsScalar(token, strict = true, onError) {
    if (token) {
        const _onError = (pos, code, message) => {
            const offset = typeof pos === 'number' ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
            if (onError)
                onError(offset, code, message);
            else
                throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
            case 'block-scalar':
                return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
    }
    return null;
}
/**
 * Create a new scalar token with `value`
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.end Comments and whitespace after the end of the value, or after the block scalar header. If undefined, a newline will be added.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.indent The indent level of the token.
 * @param context.inFlow Is this scalar within a flow collection? This may affect the resolved type of the token's value.
 * @param context.offset The offset position of the token.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function createScalarToken(value, context) {
    const { implicitKey = false, indent, inFlow = false, offset = -1, type = 'PLAIN' } = context;
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    const end = context.end ?? [
        { type: 'newline', offset: -1, indent, source: '\n' }
    ];
    switch (source[0]) {
        case '|':
        case '>': {
            const he = source.indexOf('\n');
            const head = source.substring(0, he);
            const body = source.substring(he + 1) + '\n';
            const props = [
                { type: 'block-scalar-header', offset, indent, source: head }
            ];
            if (!addEndtoBlockProps(props, end))
                props.push({ type: 'newline', offset: -1, indent, source: '\n' });
            return { type: 'block-scalar', offset, indent, props, source: body };
        }
        case '"':
            return { type: 'double-quoted-scalar', offset, indent, source, end };
        case "'":
            return { type: 'single-quoted-scalar', offset, indent, source, end };
        default:
            return { type: 'scalar', offset, indent, source, end };
    }
}
/**
 * Set the value of `token` to the given string `value`, overwriting any previous contents and type that it may have.
 *
 * Best efforts are made to retain any comments previously associated with the `token`,
 * though all contents within a collection's `items` will be overwritten.
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param token Any token. If it does not include an `indent` value, the value will be stringified as if it were an implicit key.
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.afterKey In most cases, values after a key should have an additional level of indentation.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.inFlow Being within a flow collection may affect the resolved type of the token's value.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function setScalarValue(token, value, context = {}) {
    let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
    let indent = 'indent' in token ? token.indent : null;
    if (afterKey && typeof indent === 'number')
        indent += 2;
    if (!type)
        switch (token.type) {
            case 'single-quoted-scalar':
                type = 'QUOTE_SINGLE';
                break;
            case 'double-quoted-scalar':
                type = 'QUOTE_DOUBLE';
                break;
            case 'block-scalar': {
                const header = token.props[0];
                if (header.type !== 'block-scalar-header')
                    throw new Error('Invalid block scalar header');
                type = header.source[0] === '>' ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL';
                break;
            }
            default:
                type = 'PLAIN';
        }
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    switch (source[0]) {
        case '|':
        case '>':
            setBlockScalarValue(token, source);
            break;
        case '"':
            setFlowScalarValue(token, source, 'double-quoted-scalar');
            break;
        case "'":
            setFlowScalarValue(token, source, 'single-quoted-scalar');
            break;
        default:
            setFlowScalarValue(token, source, 'scalar');
    }
}
function setBlockScalarValue(token, source) {
    const he = source.indexOf('\n');
    const head = source.substring(0, he);
    const body = source.substring(he + 1) + '\n';
    if (token.type === 'block-scalar') {
        const header = token.props[0];
        if (header.type !== 'block-scalar-header')
            throw new Error('Invalid block scalar header');
        header.source = head;
        token.source = body;
    }
    else {
        const { offset } = token;
        const indent = 'indent' in token ? token.indent : -1;
        const props = [
            { type: 'block-scalar-header', offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, 'end' in token ? token.end : undefined))
            props.push({ type: 'newline', offset: -1, indent, source: '\n' });
        for (const key of Object.keys(token))
            if (key !== 'type' && key !== 'offset')
                delete token[key];
        Object.assign(token, { type: 'block-scalar', indent, props, source: body });
    }
}
/** @returns `true` if last token is a newline */
function addEndtoBlockProps(props, end) {
    if (end)
        for (const st of end)
            switch (st.type) {
                case 'space':
                case 'comment':
                    props.push(st);
                    break;
                case 'newline':
                    props.push(st);
                    return true;
            }
    return false;
}
function setFlowScalarValue(token, source, type) {
    switch (token.type) {
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            token.type = type;
            token.source = source;
            break;
        case 'block-scalar': {
            const end = token.props.slice(1);
            let oa = source.length;
            if (token.props[0].type === 'block-scalar-header')
                oa -= token.props[0].source.length;
            for (const tok of end)
                tok.offset += oa;
            delete token.props;
            Object.assign(token, { type, source, end });
            break;
        }
        case 'block-map':
        case 'block-seq': {
            const offset = token.offset + source.length;
            const nl = { type: 'newline', offset, indent: token.indent, source: '\n' };
            delete token.items;
            Object.assign(token, { type, source, end: [nl] });
            break;
        }
        default: {
            const indent = 'indent' in token ? token.indent : -1;
            const end = 'end' in token && Array.isArray(token.end)
                ? token.end.filter(st => st.type === 'space' ||
                    st.type === 'comment' ||
                    st.type === 'newline')
                : [];
            for (const key of Object.keys(token))
                if (key !== 'type' && key !== 'offset')
                    delete token[key];
            Object.assign(token, { type, indent, source, end });
        }
    }
}

exports.createScalarToken = createScalarToken;
exports.resolveAsScalar = resolveAsScalar;
exports.setScalarValue = setScalarValue;


/***/ }),

/***/ 1733:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringify a CST document, token, or collection item
 *
 * Fair warning: This applies no validation whatsoever, and
 * simply concatenates the sources in their logical order.
 */
const stringify = (cst) => 'type' in cst ? stringifyToken(cst) : stringifyItem(cst);
function stringifyToken(token) {
    switch (token.type) {
        case 'block-scalar': {
            let res = '';
            for (const tok of token.props)
                res += stringifyToken(tok);
            return res + token.source;
        }
        case 'block-map':
        case 'block-seq': {
            let res = '';
            for (const item of token.items)
                res += stringifyItem(item);
            return res;
        }
        case 'flow-collection': {
            let res = token.start.source;
            for (const item of token.items)
                res += stringifyItem(item);
            for (const st of token.end)
                res += st.source;
            return res;
        }
        case 'document': {
            let res = stringifyItem(token);
            if (token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
        default: {
            let res = token.source;
            if ('end' in token && token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
    }
}
function stringifyItem({ start, key, sep, value }) {
    let res = '';
    for (const st of start)
        res += st.source;
    if (key)
        res += stringifyToken(key);
    if (sep)
        for (const st of sep)
            res += st.source;
    if (value)
        res += stringifyToken(value);
    return res;
}

exports.stringify = stringify;


/***/ }),

/***/ 7715:
/***/ ((__unused_webpack_module, exports) => {



const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove item');
/**
 * Apply a visitor to a CST document or item.
 *
 * Walks through the tree (depth-first) starting from the root, calling a
 * `visitor` function with two arguments when entering each item:
 *   - `item`: The current item, which included the following members:
 *     - `start: SourceToken[]` – Source tokens before the key or value,
 *       possibly including its anchor or tag.
 *     - `key?: Token | null` – Set for pair values. May then be `null`, if
 *       the key before the `:` separator is empty.
 *     - `sep?: SourceToken[]` – Source tokens between the key and the value,
 *       which should include the `:` map value indicator if `value` is set.
 *     - `value?: Token` – The value of a sequence item, or of a map pair.
 *   - `path`: The steps from the root to the current node, as an array of
 *     `['key' | 'value', number]` tuples.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this token, continue with
 *      next sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current item, then continue with the next one
 *   - `number`: Set the index of the next step. This is useful especially if
 *     the index of the current token has changed.
 *   - `function`: Define the next visitor for this item. After the original
 *     visitor is called on item entry, next visitors are called after handling
 *     a non-empty `key` and when exiting the item.
 */
function visit(cst, visitor) {
    if ('type' in cst && cst.type === 'document')
        cst = { start: cst.start, value: cst.value };
    _visit(Object.freeze([]), cst, visitor);
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current item */
visit.SKIP = SKIP;
/** Remove the current item */
visit.REMOVE = REMOVE;
/** Find the item at `path` from `cst` as the root */
visit.itemAtPath = (cst, path) => {
    let item = cst;
    for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && 'items' in tok) {
            item = tok.items[index];
        }
        else
            return undefined;
    }
    return item;
};
/**
 * Get the immediate parent collection of the item at `path` from `cst` as the root.
 *
 * Throws an error if the collection is not found, which should never happen if the item itself exists.
 */
visit.parentCollection = (cst, path) => {
    const parent = visit.itemAtPath(cst, path.slice(0, -1));
    const field = path[path.length - 1][0];
    const coll = parent?.[field];
    if (coll && 'items' in coll)
        return coll;
    throw new Error('Parent collection not found');
};
function _visit(path, item, visitor) {
    let ctrl = visitor(item, path);
    if (typeof ctrl === 'symbol')
        return ctrl;
    for (const field of ['key', 'value']) {
        const token = item[field];
        if (token && 'items' in token) {
            for (let i = 0; i < token.items.length; ++i) {
                const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    token.items.splice(i, 1);
                    i -= 1;
                }
            }
            if (typeof ctrl === 'function' && field === 'key')
                ctrl = ctrl(item, path);
        }
    }
    return typeof ctrl === 'function' ? ctrl(item, path) : ctrl;
}

exports.visit = visit;


/***/ }),

/***/ 3461:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cstScalar = __nccwpck_require__(110);
var cstStringify = __nccwpck_require__(1733);
var cstVisit = __nccwpck_require__(7715);

/** The byte order mark */
const BOM = '\u{FEFF}';
/** Start of doc-mode */
const DOCUMENT = '\x02'; // C0: Start of Text
/** Unexpected end of flow-mode */
const FLOW_END = '\x18'; // C0: Cancel
/** Next token is a scalar value */
const SCALAR = '\x1f'; // C0: Unit Separator
/** @returns `true` if `token` is a flow or block collection */
const isCollection = (token) => !!token && 'items' in token;
/** @returns `true` if `token` is a flow or block scalar; not an alias */
const isScalar = (token) => !!token &&
    (token.type === 'scalar' ||
        token.type === 'single-quoted-scalar' ||
        token.type === 'double-quoted-scalar' ||
        token.type === 'block-scalar');
/* istanbul ignore next */
/** Get a printable representation of a lexer token */
function prettyToken(token) {
    switch (token) {
        case BOM:
            return '<BOM>';
        case DOCUMENT:
            return '<DOC>';
        case FLOW_END:
            return '<FLOW_END>';
        case SCALAR:
            return '<SCALAR>';
        default:
            return JSON.stringify(token);
    }
}
/** Identify the type of a lexer token. May return `null` for unknown tokens. */
function tokenType(source) {
    switch (source) {
        case BOM:
            return 'byte-order-mark';
        case DOCUMENT:
            return 'doc-mode';
        case FLOW_END:
            return 'flow-error-end';
        case SCALAR:
            return 'scalar';
        case '---':
            return 'doc-start';
        case '...':
            return 'doc-end';
        case '':
        case '\n':
        case '\r\n':
            return 'newline';
        case '-':
            return 'seq-item-ind';
        case '?':
            return 'explicit-key-ind';
        case ':':
            return 'map-value-ind';
        case '{':
            return 'flow-map-start';
        case '}':
            return 'flow-map-end';
        case '[':
            return 'flow-seq-start';
        case ']':
            return 'flow-seq-end';
        case ',':
            return 'comma';
    }
    switch (source[0]) {
        case ' ':
        case '\t':
            return 'space';
        case '#':
            return 'comment';
        case '%':
            return 'directive-line';
        case '*':
            return 'alias';
        case '&':
            return 'anchor';
        case '!':
            return 'tag';
        case "'":
            return 'single-quoted-scalar';
        case '"':
            return 'double-quoted-scalar';
        case '|':
        case '>':
            return 'block-scalar-header';
    }
    return null;
}

exports.createScalarToken = cstScalar.createScalarToken;
exports.resolveAsScalar = cstScalar.resolveAsScalar;
exports.setScalarValue = cstScalar.setScalarValue;
exports.stringify = cstStringify.stringify;
exports.visit = cstVisit.visit;
exports.BOM = BOM;
exports.DOCUMENT = DOCUMENT;
exports.FLOW_END = FLOW_END;
exports.SCALAR = SCALAR;
exports.isCollection = isCollection;
exports.isScalar = isScalar;
exports.prettyToken = prettyToken;
exports.tokenType = tokenType;


/***/ }),

/***/ 361:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cst = __nccwpck_require__(3461);

/*
START -> stream

stream
  directive -> line-end -> stream
  indent + line-end -> stream
  [else] -> line-start

line-end
  comment -> line-end
  newline -> .
  input-end -> END

line-start
  doc-start -> doc
  doc-end -> stream
  [else] -> indent -> block-start

block-start
  seq-item-start -> block-start
  explicit-key-start -> block-start
  map-value-start -> block-start
  [else] -> doc

doc
  line-end -> line-start
  spaces -> doc
  anchor -> doc
  tag -> doc
  flow-start -> flow -> doc
  flow-end -> error -> doc
  seq-item-start -> error -> doc
  explicit-key-start -> error -> doc
  map-value-start -> doc
  alias -> doc
  quote-start -> quoted-scalar -> doc
  block-scalar-header -> line-end -> block-scalar(min) -> line-start
  [else] -> plain-scalar(false, min) -> doc

flow
  line-end -> flow
  spaces -> flow
  anchor -> flow
  tag -> flow
  flow-start -> flow -> flow
  flow-end -> .
  seq-item-start -> error -> flow
  explicit-key-start -> flow
  map-value-start -> flow
  alias -> flow
  quote-start -> quoted-scalar -> flow
  comma -> flow
  [else] -> plain-scalar(true, 0) -> flow

quoted-scalar
  quote-end -> .
  [else] -> quoted-scalar

block-scalar(min)
  newline + peek(indent < min) -> .
  [else] -> block-scalar(min)

plain-scalar(is-flow, min)
  scalar-end(is-flow) -> .
  peek(newline + (indent < min)) -> .
  [else] -> plain-scalar(min)
*/
function isEmpty(ch) {
    switch (ch) {
        case undefined:
        case ' ':
        case '\n':
        case '\r':
        case '\t':
            return true;
        default:
            return false;
    }
}
const hexDigits = new Set('0123456789ABCDEFabcdef');
const tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
const flowIndicatorChars = new Set(',[]{}');
const invalidAnchorChars = new Set(' ,[]{}\n\r\t');
const isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
/**
 * Splits an input string into lexical tokens, i.e. smaller strings that are
 * easily identifiable by `tokens.tokenType()`.
 *
 * Lexing starts always in a "stream" context. Incomplete input may be buffered
 * until a complete token can be emitted.
 *
 * In addition to slices of the original input, the following control characters
 * may also be emitted:
 *
 * - `\x02` (Start of Text): A document starts with the next token
 * - `\x18` (Cancel): Unexpected end of flow-mode (indicates an error)
 * - `\x1f` (Unit Separator): Next token is a scalar value
 * - `\u{FEFF}` (Byte order mark): Emitted separately outside documents
 */
class Lexer {
    constructor() {
        /**
         * Flag indicating whether the end of the current buffer marks the end of
         * all input
         */
        this.atEnd = false;
        /**
         * Explicit indent set in block scalar header, as an offset from the current
         * minimum indent, so e.g. set to 1 from a header `|2+`. Set to -1 if not
         * explicitly set.
         */
        this.blockScalarIndent = -1;
        /**
         * Block scalars that include a + (keep) chomping indicator in their header
         * include trailing empty lines, which are otherwise excluded from the
         * scalar's contents.
         */
        this.blockScalarKeep = false;
        /** Current input */
        this.buffer = '';
        /**
         * Flag noting whether the map value indicator : can immediately follow this
         * node within a flow context.
         */
        this.flowKey = false;
        /** Count of surrounding flow collection levels. */
        this.flowLevel = 0;
        /**
         * Minimum level of indentation required for next lines to be parsed as a
         * part of the current scalar value.
         */
        this.indentNext = 0;
        /** Indentation level of the current line. */
        this.indentValue = 0;
        /** Position of the next \n character. */
        this.lineEndPos = null;
        /** Stores the state of the lexer if reaching the end of incpomplete input */
        this.next = null;
        /** A pointer to `buffer`; the current position of the lexer. */
        this.pos = 0;
    }
    /**
     * Generate YAML tokens from the `source` string. If `incomplete`,
     * a part of the last line may be left as a buffer for the next call.
     *
     * @returns A generator of lexical tokens
     */
    *lex(source, incomplete = false) {
        if (source) {
            if (typeof source !== 'string')
                throw TypeError('source is not a string');
            this.buffer = this.buffer ? this.buffer + source : source;
            this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? 'stream';
        while (next && (incomplete || this.hasChars(1)))
            next = yield* this.parseNext(next);
    }
    atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === ' ' || ch === '\t')
            ch = this.buffer[++i];
        if (!ch || ch === '#' || ch === '\n')
            return true;
        if (ch === '\r')
            return this.buffer[i + 1] === '\n';
        return false;
    }
    charAt(n) {
        return this.buffer[this.pos + n];
    }
    continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
            let indent = 0;
            while (ch === ' ')
                ch = this.buffer[++indent + offset];
            if (ch === '\r') {
                const next = this.buffer[indent + offset + 1];
                if (next === '\n' || (!next && !this.atEnd))
                    return offset + indent + 1;
            }
            return ch === '\n' || indent >= this.indentNext || (!ch && !this.atEnd)
                ? offset + indent
                : -1;
        }
        if (ch === '-' || ch === '.') {
            const dt = this.buffer.substr(offset, 3);
            if ((dt === '---' || dt === '...') && isEmpty(this.buffer[offset + 3]))
                return -1;
        }
        return offset;
    }
    getLine() {
        let end = this.lineEndPos;
        if (typeof end !== 'number' || (end !== -1 && end < this.pos)) {
            end = this.buffer.indexOf('\n', this.pos);
            this.lineEndPos = end;
        }
        if (end === -1)
            return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === '\r')
            end -= 1;
        return this.buffer.substring(this.pos, end);
    }
    hasChars(n) {
        return this.pos + n <= this.buffer.length;
    }
    setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
    }
    peek(n) {
        return this.buffer.substr(this.pos, n);
    }
    *parseNext(next) {
        switch (next) {
            case 'stream':
                return yield* this.parseStream();
            case 'line-start':
                return yield* this.parseLineStart();
            case 'block-start':
                return yield* this.parseBlockStart();
            case 'doc':
                return yield* this.parseDocument();
            case 'flow':
                return yield* this.parseFlowCollection();
            case 'quoted-scalar':
                return yield* this.parseQuotedScalar();
            case 'block-scalar':
                return yield* this.parseBlockScalar();
            case 'plain-scalar':
                return yield* this.parsePlainScalar();
        }
    }
    *parseStream() {
        let line = this.getLine();
        if (line === null)
            return this.setNext('stream');
        if (line[0] === cst.BOM) {
            yield* this.pushCount(1);
            line = line.substring(1);
        }
        if (line[0] === '%') {
            let dirEnd = line.length;
            let cs = line.indexOf('#');
            while (cs !== -1) {
                const ch = line[cs - 1];
                if (ch === ' ' || ch === '\t') {
                    dirEnd = cs - 1;
                    break;
                }
                else {
                    cs = line.indexOf('#', cs + 1);
                }
            }
            while (true) {
                const ch = line[dirEnd - 1];
                if (ch === ' ' || ch === '\t')
                    dirEnd -= 1;
                else
                    break;
            }
            const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
            yield* this.pushCount(line.length - n); // possible comment
            this.pushNewline();
            return 'stream';
        }
        if (this.atLineEnd()) {
            const sp = yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - sp);
            yield* this.pushNewline();
            return 'stream';
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
    }
    *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
            return this.setNext('line-start');
        if (ch === '-' || ch === '.') {
            if (!this.atEnd && !this.hasChars(4))
                return this.setNext('line-start');
            const s = this.peek(3);
            if ((s === '---' || s === '...') && isEmpty(this.charAt(3))) {
                yield* this.pushCount(3);
                this.indentValue = 0;
                this.indentNext = 0;
                return s === '---' ? 'doc' : 'stream';
            }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
            this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
    }
    *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
            return this.setNext('block-start');
        if ((ch0 === '-' || ch0 === '?' || ch0 === ':') && isEmpty(ch1)) {
            const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
            this.indentNext = this.indentValue + 1;
            this.indentValue += n;
            return 'block-start';
        }
        return 'doc';
    }
    *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
            return this.setNext('doc');
        let n = yield* this.pushIndicators();
        switch (line[n]) {
            case '#':
                yield* this.pushCount(line.length - n);
            // fallthrough
            case undefined:
                yield* this.pushNewline();
                return yield* this.parseLineStart();
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel = 1;
                return 'flow';
            case '}':
            case ']':
                // this is an error
                yield* this.pushCount(1);
                return 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'doc';
            case '"':
            case "'":
                return yield* this.parseQuotedScalar();
            case '|':
            case '>':
                n += yield* this.parseBlockScalarHeader();
                n += yield* this.pushSpaces(true);
                yield* this.pushCount(line.length - n);
                yield* this.pushNewline();
                return yield* this.parseBlockScalar();
            default:
                return yield* this.parsePlainScalar();
        }
    }
    *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
            nl = yield* this.pushNewline();
            if (nl > 0) {
                sp = yield* this.pushSpaces(false);
                this.indentValue = indent = sp;
            }
            else {
                sp = 0;
            }
            sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
            return this.setNext('flow');
        if ((indent !== -1 && indent < this.indentNext && line[0] !== '#') ||
            (indent === 0 &&
                (line.startsWith('---') || line.startsWith('...')) &&
                isEmpty(line[3]))) {
            // Allowing for the terminal ] or } at the same (rather than greater)
            // indent level as the initial [ or { is technically invalid, but
            // failing here would be surprising to users.
            const atFlowEndMarker = indent === this.indentNext - 1 &&
                this.flowLevel === 1 &&
                (line[0] === ']' || line[0] === '}');
            if (!atFlowEndMarker) {
                // this is an error
                this.flowLevel = 0;
                yield cst.FLOW_END;
                return yield* this.parseLineStart();
            }
        }
        let n = 0;
        while (line[n] === ',') {
            n += yield* this.pushCount(1);
            n += yield* this.pushSpaces(true);
            this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
            case undefined:
                return 'flow';
            case '#':
                yield* this.pushCount(line.length - n);
                return 'flow';
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel += 1;
                return 'flow';
            case '}':
            case ']':
                yield* this.pushCount(1);
                this.flowKey = true;
                this.flowLevel -= 1;
                return this.flowLevel ? 'flow' : 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'flow';
            case '"':
            case "'":
                this.flowKey = true;
                return yield* this.parseQuotedScalar();
            case ':': {
                const next = this.charAt(1);
                if (this.flowKey || isEmpty(next) || next === ',') {
                    this.flowKey = false;
                    yield* this.pushCount(1);
                    yield* this.pushSpaces(true);
                    return 'flow';
                }
            }
            // fallthrough
            default:
                this.flowKey = false;
                return yield* this.parsePlainScalar();
        }
    }
    *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
            while (end !== -1 && this.buffer[end + 1] === "'")
                end = this.buffer.indexOf("'", end + 2);
        }
        else {
            // double-quote
            while (end !== -1) {
                let n = 0;
                while (this.buffer[end - 1 - n] === '\\')
                    n += 1;
                if (n % 2 === 0)
                    break;
                end = this.buffer.indexOf('"', end + 1);
            }
        }
        // Only looking for newlines within the quotes
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf('\n', this.pos);
        if (nl !== -1) {
            while (nl !== -1) {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = qb.indexOf('\n', cs);
            }
            if (nl !== -1) {
                // this is an error caused by an unexpected unindent
                end = nl - (qb[nl - 1] === '\r' ? 2 : 1);
            }
        }
        if (end === -1) {
            if (!this.atEnd)
                return this.setNext('quoted-scalar');
            end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? 'flow' : 'doc';
    }
    *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
            const ch = this.buffer[++i];
            if (ch === '+')
                this.blockScalarKeep = true;
            else if (ch > '0' && ch <= '9')
                this.blockScalarIndent = Number(ch) - 1;
            else if (ch !== '-')
                break;
        }
        return yield* this.pushUntil(ch => isEmpty(ch) || ch === '#');
    }
    *parseBlockScalar() {
        let nl = this.pos - 1; // may be -1 if this.pos === 0
        let indent = 0;
        let ch;
        loop: for (let i = this.pos; (ch = this.buffer[i]); ++i) {
            switch (ch) {
                case ' ':
                    indent += 1;
                    break;
                case '\n':
                    nl = i;
                    indent = 0;
                    break;
                case '\r': {
                    const next = this.buffer[i + 1];
                    if (!next && !this.atEnd)
                        return this.setNext('block-scalar');
                    if (next === '\n')
                        break;
                } // fallthrough
                default:
                    break loop;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('block-scalar');
        if (indent >= this.indentNext) {
            if (this.blockScalarIndent === -1)
                this.indentNext = indent;
            else {
                this.indentNext =
                    this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
            }
            do {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = this.buffer.indexOf('\n', cs);
            } while (nl !== -1);
            if (nl === -1) {
                if (!this.atEnd)
                    return this.setNext('block-scalar');
                nl = this.buffer.length;
            }
        }
        // Trailing insufficiently indented tabs are invalid.
        // To catch that during parsing, we include them in the block scalar value.
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === ' ')
            ch = this.buffer[++i];
        if (ch === '\t') {
            while (ch === '\t' || ch === ' ' || ch === '\r' || ch === '\n')
                ch = this.buffer[++i];
            nl = i - 1;
        }
        else if (!this.blockScalarKeep) {
            do {
                let i = nl - 1;
                let ch = this.buffer[i];
                if (ch === '\r')
                    ch = this.buffer[--i];
                const lastChar = i; // Drop the line if last char not more indented
                while (ch === ' ')
                    ch = this.buffer[--i];
                if (ch === '\n' && i >= this.pos && i + 1 + indent > lastChar)
                    nl = i;
                else
                    break;
            } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
    }
    *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while ((ch = this.buffer[++i])) {
            if (ch === ':') {
                const next = this.buffer[i + 1];
                if (isEmpty(next) || (inFlow && flowIndicatorChars.has(next)))
                    break;
                end = i;
            }
            else if (isEmpty(ch)) {
                let next = this.buffer[i + 1];
                if (ch === '\r') {
                    if (next === '\n') {
                        i += 1;
                        ch = '\n';
                        next = this.buffer[i + 1];
                    }
                    else
                        end = i;
                }
                if (next === '#' || (inFlow && flowIndicatorChars.has(next)))
                    break;
                if (ch === '\n') {
                    const cs = this.continueScalar(i + 1);
                    if (cs === -1)
                        break;
                    i = Math.max(i, cs - 2); // to advance, but still account for ' #'
                }
            }
            else {
                if (inFlow && flowIndicatorChars.has(ch))
                    break;
                end = i;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('plain-scalar');
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? 'flow' : 'doc';
    }
    *pushCount(n) {
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos += n;
            return n;
        }
        return 0;
    }
    *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
            yield s;
            this.pos += s.length;
            return s.length;
        }
        else if (allowEmpty)
            yield '';
        return 0;
    }
    *pushIndicators() {
        let n = 0;
        loop: while (true) {
            switch (this.charAt(0)) {
                case '!':
                    n += yield* this.pushTag();
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '&':
                    n += yield* this.pushUntil(isNotAnchorChar);
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '-': // this is an error
                case '?': // this is an error outside flow collections
                case ':': {
                    const inFlow = this.flowLevel > 0;
                    const ch1 = this.charAt(1);
                    if (isEmpty(ch1) || (inFlow && flowIndicatorChars.has(ch1))) {
                        if (!inFlow)
                            this.indentNext = this.indentValue + 1;
                        else if (this.flowKey)
                            this.flowKey = false;
                        n += yield* this.pushCount(1);
                        n += yield* this.pushSpaces(true);
                        continue loop;
                    }
                }
            }
            break loop;
        }
        return n;
    }
    *pushTag() {
        if (this.charAt(1) === '<') {
            let i = this.pos + 2;
            let ch = this.buffer[i];
            while (!isEmpty(ch) && ch !== '>')
                ch = this.buffer[++i];
            return yield* this.pushToIndex(ch === '>' ? i + 1 : i, false);
        }
        else {
            let i = this.pos + 1;
            let ch = this.buffer[i];
            while (ch) {
                if (tagChars.has(ch))
                    ch = this.buffer[++i];
                else if (ch === '%' &&
                    hexDigits.has(this.buffer[i + 1]) &&
                    hexDigits.has(this.buffer[i + 2])) {
                    ch = this.buffer[(i += 3)];
                }
                else
                    break;
            }
            return yield* this.pushToIndex(i, false);
        }
    }
    *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === '\n')
            return yield* this.pushCount(1);
        else if (ch === '\r' && this.charAt(1) === '\n')
            return yield* this.pushCount(2);
        else
            return 0;
    }
    *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
            ch = this.buffer[++i];
        } while (ch === ' ' || (allowTabs && ch === '\t'));
        const n = i - this.pos;
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos = i;
        }
        return n;
    }
    *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
            ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
    }
}

exports.Lexer = Lexer;


/***/ }),

/***/ 6628:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Tracks newlines during parsing in order to provide an efficient API for
 * determining the one-indexed `{ line, col }` position for any offset
 * within the input.
 */
class LineCounter {
    constructor() {
        this.lineStarts = [];
        /**
         * Should be called in ascending order. Otherwise, call
         * `lineCounter.lineStarts.sort()` before calling `linePos()`.
         */
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        /**
         * Performs a binary search and returns the 1-indexed { line, col }
         * position of `offset`. If `line === 0`, `addNewLine` has never been
         * called or `offset` is before the first known newline.
         */
        this.linePos = (offset) => {
            let low = 0;
            let high = this.lineStarts.length;
            while (low < high) {
                const mid = (low + high) >> 1; // Math.floor((low + high) / 2)
                if (this.lineStarts[mid] < offset)
                    low = mid + 1;
                else
                    high = mid;
            }
            if (this.lineStarts[low] === offset)
                return { line: low + 1, col: 1 };
            if (low === 0)
                return { line: 0, col: offset };
            const start = this.lineStarts[low - 1];
            return { line: low, col: offset - start + 1 };
        };
    }
}

exports.LineCounter = LineCounter;


/***/ }),

/***/ 3456:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);

function includesToken(list, type) {
    for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
            return true;
    return false;
}
function findNonEmptyIndex(list) {
    for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
            case 'space':
            case 'comment':
            case 'newline':
                break;
            default:
                return i;
        }
    }
    return -1;
}
function isFlowToken(token) {
    switch (token?.type) {
        case 'alias':
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'flow-collection':
            return true;
        default:
            return false;
    }
}
function getPrevProps(parent) {
    switch (parent.type) {
        case 'document':
            return parent.start;
        case 'block-map': {
            const it = parent.items[parent.items.length - 1];
            return it.sep ?? it.start;
        }
        case 'block-seq':
            return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
            return [];
    }
}
/** Note: May modify input array */
function getFirstKeyStartProps(prev) {
    if (prev.length === 0)
        return [];
    let i = prev.length;
    loop: while (--i >= 0) {
        switch (prev[i].type) {
            case 'doc-start':
            case 'explicit-key-ind':
            case 'map-value-ind':
            case 'seq-item-ind':
            case 'newline':
                break loop;
        }
    }
    while (prev[++i]?.type === 'space') {
        /* loop */
    }
    return prev.splice(i, prev.length);
}
function arrayPushArray(target, source) {
    // May exhaust call stack with large `source` array
    if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
    else
        for (let i = 0; i < source.length; ++i)
            target.push(source[i]);
}
function fixFlowSeqItems(fc) {
    if (fc.start.type === 'flow-seq-start') {
        for (const it of fc.items) {
            if (it.sep &&
                !it.value &&
                !includesToken(it.start, 'explicit-key-ind') &&
                !includesToken(it.sep, 'map-value-ind')) {
                if (it.key)
                    it.value = it.key;
                delete it.key;
                if (isFlowToken(it.value)) {
                    if (it.value.end)
                        arrayPushArray(it.value.end, it.sep);
                    else
                        it.value.end = it.sep;
                }
                else
                    arrayPushArray(it.start, it.sep);
                delete it.sep;
            }
        }
    }
}
/**
 * A YAML concrete syntax tree (CST) parser
 *
 * ```ts
 * const src: string = ...
 * for (const token of new Parser().parse(src)) {
 *   // token: Token
 * }
 * ```
 *
 * To use the parser with a user-provided lexer:
 *
 * ```ts
 * function* parse(source: string, lexer: Lexer) {
 *   const parser = new Parser()
 *   for (const lexeme of lexer.lex(source))
 *     yield* parser.next(lexeme)
 *   yield* parser.end()
 * }
 *
 * const src: string = ...
 * const lexer = new Lexer()
 * for (const token of parse(src, lexer)) {
 *   // token: Token
 * }
 * ```
 */
class Parser {
    /**
     * @param onNewLine - If defined, called separately with the start position of
     *   each new line (in `parse()`, including the start of input).
     */
    constructor(onNewLine) {
        /** If true, space and sequence indicators count as indentation */
        this.atNewLine = true;
        /** If true, next token is a scalar value */
        this.atScalar = false;
        /** Current indentation level */
        this.indent = 0;
        /** Current offset since the start of parsing */
        this.offset = 0;
        /** On the same line with a block map key */
        this.onKeyLine = false;
        /** Top indicates the node that's currently being built */
        this.stack = [];
        /** The source of the current token, set in parse() */
        this.source = '';
        /** The type of the current token, set in parse() */
        this.type = '';
        // Must be defined after `next()`
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
    }
    /**
     * Parse `source` as a YAML stream.
     * If `incomplete`, a part of the last line may be left as a buffer for the next call.
     *
     * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
     *
     * @returns A generator of tokens representing each directive, document, and other structure.
     */
    *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
            this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
            yield* this.next(lexeme);
        if (!incomplete)
            yield* this.end();
    }
    /**
     * Advance the parser by the `source` of one lexical token.
     */
    *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
            console.log('|', cst.prettyToken(source));
        if (this.atScalar) {
            this.atScalar = false;
            yield* this.step();
            this.offset += source.length;
            return;
        }
        const type = cst.tokenType(source);
        if (!type) {
            const message = `Not a YAML token: ${source}`;
            yield* this.pop({ type: 'error', offset: this.offset, message, source });
            this.offset += source.length;
        }
        else if (type === 'scalar') {
            this.atNewLine = false;
            this.atScalar = true;
            this.type = 'scalar';
        }
        else {
            this.type = type;
            yield* this.step();
            switch (type) {
                case 'newline':
                    this.atNewLine = true;
                    this.indent = 0;
                    if (this.onNewLine)
                        this.onNewLine(this.offset + source.length);
                    break;
                case 'space':
                    if (this.atNewLine && source[0] === ' ')
                        this.indent += source.length;
                    break;
                case 'explicit-key-ind':
                case 'map-value-ind':
                case 'seq-item-ind':
                    if (this.atNewLine)
                        this.indent += source.length;
                    break;
                case 'doc-mode':
                case 'flow-error-end':
                    return;
                default:
                    this.atNewLine = false;
            }
            this.offset += source.length;
        }
    }
    /** Call at end of input to push out any remaining constructions */
    *end() {
        while (this.stack.length > 0)
            yield* this.pop();
    }
    get sourceToken() {
        const st = {
            type: this.type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
        return st;
    }
    *step() {
        const top = this.peek(1);
        if (this.type === 'doc-end' && top?.type !== 'doc-end') {
            while (this.stack.length > 0)
                yield* this.pop();
            this.stack.push({
                type: 'doc-end',
                offset: this.offset,
                source: this.source
            });
            return;
        }
        if (!top)
            return yield* this.stream();
        switch (top.type) {
            case 'document':
                return yield* this.document(top);
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return yield* this.scalar(top);
            case 'block-scalar':
                return yield* this.blockScalar(top);
            case 'block-map':
                return yield* this.blockMap(top);
            case 'block-seq':
                return yield* this.blockSequence(top);
            case 'flow-collection':
                return yield* this.flowCollection(top);
            case 'doc-end':
                return yield* this.documentEnd(top);
        }
        /* istanbul ignore next should not happen */
        yield* this.pop();
    }
    peek(n) {
        return this.stack[this.stack.length - n];
    }
    *pop(error) {
        const token = error ?? this.stack.pop();
        /* istanbul ignore if should not happen */
        if (!token) {
            const message = 'Tried to pop an empty stack';
            yield { type: 'error', offset: this.offset, source: '', message };
        }
        else if (this.stack.length === 0) {
            yield token;
        }
        else {
            const top = this.peek(1);
            if (token.type === 'block-scalar') {
                // Block scalars use their parent rather than header indent
                token.indent = 'indent' in top ? top.indent : 0;
            }
            else if (token.type === 'flow-collection' && top.type === 'document') {
                // Ignore all indent for top-level flow collections
                token.indent = 0;
            }
            if (token.type === 'flow-collection')
                fixFlowSeqItems(token);
            switch (top.type) {
                case 'document':
                    top.value = token;
                    break;
                case 'block-scalar':
                    top.props.push(token); // error
                    break;
                case 'block-map': {
                    const it = top.items[top.items.length - 1];
                    if (it.value) {
                        top.items.push({ start: [], key: token, sep: [] });
                        this.onKeyLine = true;
                        return;
                    }
                    else if (it.sep) {
                        it.value = token;
                    }
                    else {
                        Object.assign(it, { key: token, sep: [] });
                        this.onKeyLine = !it.explicitKey;
                        return;
                    }
                    break;
                }
                case 'block-seq': {
                    const it = top.items[top.items.length - 1];
                    if (it.value)
                        top.items.push({ start: [], value: token });
                    else
                        it.value = token;
                    break;
                }
                case 'flow-collection': {
                    const it = top.items[top.items.length - 1];
                    if (!it || it.value)
                        top.items.push({ start: [], key: token, sep: [] });
                    else if (it.sep)
                        it.value = token;
                    else
                        Object.assign(it, { key: token, sep: [] });
                    return;
                }
                /* istanbul ignore next should not happen */
                default:
                    yield* this.pop();
                    yield* this.pop(token);
            }
            if ((top.type === 'document' ||
                top.type === 'block-map' ||
                top.type === 'block-seq') &&
                (token.type === 'block-map' || token.type === 'block-seq')) {
                const last = token.items[token.items.length - 1];
                if (last &&
                    !last.sep &&
                    !last.value &&
                    last.start.length > 0 &&
                    findNonEmptyIndex(last.start) === -1 &&
                    (token.indent === 0 ||
                        last.start.every(st => st.type !== 'comment' || st.indent < token.indent))) {
                    if (top.type === 'document')
                        top.end = last.start;
                    else
                        top.items.push({ start: last.start });
                    token.items.splice(-1, 1);
                }
            }
        }
    }
    *stream() {
        switch (this.type) {
            case 'directive-line':
                yield { type: 'directive', offset: this.offset, source: this.source };
                return;
            case 'byte-order-mark':
            case 'space':
            case 'comment':
            case 'newline':
                yield this.sourceToken;
                return;
            case 'doc-mode':
            case 'doc-start': {
                const doc = {
                    type: 'document',
                    offset: this.offset,
                    start: []
                };
                if (this.type === 'doc-start')
                    doc.start.push(this.sourceToken);
                this.stack.push(doc);
                return;
            }
        }
        yield {
            type: 'error',
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML stream`,
            source: this.source
        };
    }
    *document(doc) {
        if (doc.value)
            return yield* this.lineEnd(doc);
        switch (this.type) {
            case 'doc-start': {
                if (findNonEmptyIndex(doc.start) !== -1) {
                    yield* this.pop();
                    yield* this.step();
                }
                else
                    doc.start.push(this.sourceToken);
                return;
            }
            case 'anchor':
            case 'tag':
            case 'space':
            case 'comment':
            case 'newline':
                doc.start.push(this.sourceToken);
                return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
            this.stack.push(bv);
        else {
            yield {
                type: 'error',
                offset: this.offset,
                message: `Unexpected ${this.type} token in YAML document`,
                source: this.source
            };
        }
    }
    *scalar(scalar) {
        if (this.type === 'map-value-ind') {
            const prev = getPrevProps(this.peek(2));
            const start = getFirstKeyStartProps(prev);
            let sep;
            if (scalar.end) {
                sep = scalar.end;
                sep.push(this.sourceToken);
                delete scalar.end;
            }
            else
                sep = [this.sourceToken];
            const map = {
                type: 'block-map',
                offset: scalar.offset,
                indent: scalar.indent,
                items: [{ start, key: scalar, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
        }
        else
            yield* this.lineEnd(scalar);
    }
    *blockScalar(scalar) {
        switch (this.type) {
            case 'space':
            case 'comment':
            case 'newline':
                scalar.props.push(this.sourceToken);
                return;
            case 'scalar':
                scalar.source = this.source;
                // block-scalar source includes trailing newline
                this.atNewLine = true;
                this.indent = 0;
                if (this.onNewLine) {
                    let nl = this.source.indexOf('\n') + 1;
                    while (nl !== 0) {
                        this.onNewLine(this.offset + nl);
                        nl = this.source.indexOf('\n', nl) + 1;
                    }
                }
                yield* this.pop();
                break;
            /* istanbul ignore next should not happen */
            default:
                yield* this.pop();
                yield* this.step();
        }
    }
    *blockMap(map) {
        const it = map.items[map.items.length - 1];
        // it.sep is true-ish if pair already has key or : separator
        switch (this.type) {
            case 'newline':
                this.onKeyLine = false;
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    it.start.push(this.sourceToken);
                }
                return;
            case 'space':
            case 'comment':
                if (it.value) {
                    map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    if (this.atIndentedComment(it.start, map.indent)) {
                        const prev = map.items[map.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            map.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
        }
        if (this.indent >= map.indent) {
            const atMapIndent = !this.onKeyLine && this.indent === map.indent;
            const atNextItem = atMapIndent &&
                (it.sep || it.explicitKey) &&
                this.type !== 'seq-item-ind';
            // For empty nodes, assign newline-separated not indented empty tokens to following node
            let start = [];
            if (atNextItem && it.sep && !it.value) {
                const nl = [];
                for (let i = 0; i < it.sep.length; ++i) {
                    const st = it.sep[i];
                    switch (st.type) {
                        case 'newline':
                            nl.push(i);
                            break;
                        case 'space':
                            break;
                        case 'comment':
                            if (st.indent > map.indent)
                                nl.length = 0;
                            break;
                        default:
                            nl.length = 0;
                    }
                }
                if (nl.length >= 2)
                    start = it.sep.splice(nl[1]);
            }
            switch (this.type) {
                case 'anchor':
                case 'tag':
                    if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        it.sep.push(this.sourceToken);
                    }
                    else {
                        it.start.push(this.sourceToken);
                    }
                    return;
                case 'explicit-key-ind':
                    if (!it.sep && !it.explicitKey) {
                        it.start.push(this.sourceToken);
                        it.explicitKey = true;
                    }
                    else if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start, explicitKey: true });
                    }
                    else {
                        this.stack.push({
                            type: 'block-map',
                            offset: this.offset,
                            indent: this.indent,
                            items: [{ start: [this.sourceToken], explicitKey: true }]
                        });
                    }
                    this.onKeyLine = true;
                    return;
                case 'map-value-ind':
                    if (it.explicitKey) {
                        if (!it.sep) {
                            if (includesToken(it.start, 'newline')) {
                                Object.assign(it, { key: null, sep: [this.sourceToken] });
                            }
                            else {
                                const start = getFirstKeyStartProps(it.start);
                                this.stack.push({
                                    type: 'block-map',
                                    offset: this.offset,
                                    indent: this.indent,
                                    items: [{ start, key: null, sep: [this.sourceToken] }]
                                });
                            }
                        }
                        else if (it.value) {
                            map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else if (isFlowToken(it.key) &&
                            !includesToken(it.sep, 'newline')) {
                            const start = getFirstKeyStartProps(it.start);
                            const key = it.key;
                            const sep = it.sep;
                            sep.push(this.sourceToken);
                            // @ts-expect-error type guard is wrong here
                            delete it.key;
                            // @ts-expect-error type guard is wrong here
                            delete it.sep;
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key, sep }]
                            });
                        }
                        else if (start.length > 0) {
                            // Not actually at next item
                            it.sep = it.sep.concat(start, this.sourceToken);
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    else {
                        if (!it.sep) {
                            Object.assign(it, { key: null, sep: [this.sourceToken] });
                        }
                        else if (it.value || atNextItem) {
                            map.items.push({ start, key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start: [], key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    this.onKeyLine = true;
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (atNextItem || it.value) {
                        map.items.push({ start, key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        this.stack.push(fs);
                    }
                    else {
                        Object.assign(it, { key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    return;
                }
                default: {
                    const bv = this.startBlockValue(map);
                    if (bv) {
                        if (bv.type === 'block-seq') {
                            if (!it.explicitKey &&
                                it.sep &&
                                !includesToken(it.sep, 'newline')) {
                                yield* this.pop({
                                    type: 'error',
                                    offset: this.offset,
                                    message: 'Unexpected block-seq-ind on same line with key',
                                    source: this.source
                                });
                                return;
                            }
                        }
                        else if (atMapIndent) {
                            map.items.push({ start });
                        }
                        this.stack.push(bv);
                        return;
                    }
                }
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
            case 'newline':
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        seq.items.push({ start: [this.sourceToken] });
                }
                else
                    it.start.push(this.sourceToken);
                return;
            case 'space':
            case 'comment':
                if (it.value)
                    seq.items.push({ start: [this.sourceToken] });
                else {
                    if (this.atIndentedComment(it.start, seq.indent)) {
                        const prev = seq.items[seq.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            seq.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
            case 'anchor':
            case 'tag':
                if (it.value || this.indent <= seq.indent)
                    break;
                it.start.push(this.sourceToken);
                return;
            case 'seq-item-ind':
                if (this.indent !== seq.indent)
                    break;
                if (it.value || includesToken(it.start, 'seq-item-ind'))
                    seq.items.push({ start: [this.sourceToken] });
                else
                    it.start.push(this.sourceToken);
                return;
        }
        if (this.indent > seq.indent) {
            const bv = this.startBlockValue(seq);
            if (bv) {
                this.stack.push(bv);
                return;
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === 'flow-error-end') {
            let top;
            do {
                yield* this.pop();
                top = this.peek(1);
            } while (top?.type === 'flow-collection');
        }
        else if (fc.end.length === 0) {
            switch (this.type) {
                case 'comma':
                case 'explicit-key-ind':
                    if (!it || it.sep)
                        fc.items.push({ start: [this.sourceToken] });
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'map-value-ind':
                    if (!it || it.value)
                        fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        Object.assign(it, { key: null, sep: [this.sourceToken] });
                    return;
                case 'space':
                case 'comment':
                case 'newline':
                case 'anchor':
                case 'tag':
                    if (!it || it.value)
                        fc.items.push({ start: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (!it || it.value)
                        fc.items.push({ start: [], key: fs, sep: [] });
                    else if (it.sep)
                        this.stack.push(fs);
                    else
                        Object.assign(it, { key: fs, sep: [] });
                    return;
                }
                case 'flow-map-end':
                case 'flow-seq-end':
                    fc.end.push(this.sourceToken);
                    return;
            }
            const bv = this.startBlockValue(fc);
            /* istanbul ignore else should not happen */
            if (bv)
                this.stack.push(bv);
            else {
                yield* this.pop();
                yield* this.step();
            }
        }
        else {
            const parent = this.peek(2);
            if (parent.type === 'block-map' &&
                ((this.type === 'map-value-ind' && parent.indent === fc.indent) ||
                    (this.type === 'newline' &&
                        !parent.items[parent.items.length - 1].sep))) {
                yield* this.pop();
                yield* this.step();
            }
            else if (this.type === 'map-value-ind' &&
                parent.type !== 'flow-collection') {
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                fixFlowSeqItems(fc);
                const sep = fc.end.splice(1, fc.end.length);
                sep.push(this.sourceToken);
                const map = {
                    type: 'block-map',
                    offset: fc.offset,
                    indent: fc.indent,
                    items: [{ start, key: fc, sep }]
                };
                this.onKeyLine = true;
                this.stack[this.stack.length - 1] = map;
            }
            else {
                yield* this.lineEnd(fc);
            }
        }
    }
    flowScalar(type) {
        if (this.onNewLine) {
            let nl = this.source.indexOf('\n') + 1;
            while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf('\n', nl) + 1;
            }
        }
        return {
            type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
    }
    startBlockValue(parent) {
        switch (this.type) {
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return this.flowScalar(this.type);
            case 'block-scalar-header':
                return {
                    type: 'block-scalar',
                    offset: this.offset,
                    indent: this.indent,
                    props: [this.sourceToken],
                    source: ''
                };
            case 'flow-map-start':
            case 'flow-seq-start':
                return {
                    type: 'flow-collection',
                    offset: this.offset,
                    indent: this.indent,
                    start: this.sourceToken,
                    items: [],
                    end: []
                };
            case 'seq-item-ind':
                return {
                    type: 'block-seq',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [this.sourceToken] }]
                };
            case 'explicit-key-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                start.push(this.sourceToken);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, explicitKey: true }]
                };
            }
            case 'map-value-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                };
            }
        }
        return null;
    }
    atIndentedComment(start, indent) {
        if (this.type !== 'comment')
            return false;
        if (this.indent <= indent)
            return false;
        return start.every(st => st.type === 'newline' || st.type === 'space');
    }
    *documentEnd(docEnd) {
        if (this.type !== 'doc-mode') {
            if (docEnd.end)
                docEnd.end.push(this.sourceToken);
            else
                docEnd.end = [this.sourceToken];
            if (this.type === 'newline')
                yield* this.pop();
        }
    }
    *lineEnd(token) {
        switch (this.type) {
            case 'comma':
            case 'doc-start':
            case 'doc-end':
            case 'flow-seq-end':
            case 'flow-map-end':
            case 'map-value-ind':
                yield* this.pop();
                yield* this.step();
                break;
            case 'newline':
                this.onKeyLine = false;
            // fallthrough
            case 'space':
            case 'comment':
            default:
                // all other values are errors
                if (token.end)
                    token.end.push(this.sourceToken);
                else
                    token.end = [this.sourceToken];
                if (this.type === 'newline')
                    yield* this.pop();
        }
    }
}

exports.Parser = Parser;


/***/ }),

/***/ 4047:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var log = __nccwpck_require__(7249);
var identity = __nccwpck_require__(1127);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);

function parseOptions(options) {
    const prettyErrors = options.prettyErrors !== false;
    const lineCounter$1 = options.lineCounter || (prettyErrors && new lineCounter.LineCounter()) || null;
    return { lineCounter: lineCounter$1, prettyErrors };
}
/**
 * Parse the input as a stream of YAML documents.
 *
 * Documents should be separated from each other by `...` or `---` marker lines.
 *
 * @returns If an empty `docs` array is returned, it will be of type
 *   EmptyStream and contain additional stream information. In
 *   TypeScript, you should use `'empty' in docs` as a type guard for it.
 */
function parseAllDocuments(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    const docs = Array.from(composer$1.compose(parser$1.parse(source)));
    if (prettyErrors && lineCounter)
        for (const doc of docs) {
            doc.errors.forEach(errors.prettifyError(source, lineCounter));
            doc.warnings.forEach(errors.prettifyError(source, lineCounter));
        }
    if (docs.length > 0)
        return docs;
    return Object.assign([], { empty: true }, composer$1.streamInfo());
}
/** Parse an input string into a single YAML.Document */
function parseDocument(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    // `doc` is always set by compose.end(true) at the very latest
    let doc = null;
    for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
            doc = _doc;
        else if (doc.options.logLevel !== 'silent') {
            doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
            break;
        }
    }
    if (prettyErrors && lineCounter) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter));
    }
    return doc;
}
function parse(src, reviver, options) {
    let _reviver = undefined;
    if (typeof reviver === 'function') {
        _reviver = reviver;
    }
    else if (options === undefined && reviver && typeof reviver === 'object') {
        options = reviver;
    }
    const doc = parseDocument(src, options);
    if (!doc)
        return null;
    doc.warnings.forEach(warning => log.warn(doc.options.logLevel, warning));
    if (doc.errors.length > 0) {
        if (doc.options.logLevel !== 'silent')
            throw doc.errors[0];
        else
            doc.errors = [];
    }
    return doc.toJS(Object.assign({ reviver: _reviver }, options));
}
function stringify(value, replacer, options) {
    let _replacer = null;
    if (typeof replacer === 'function' || Array.isArray(replacer)) {
        _replacer = replacer;
    }
    else if (options === undefined && replacer) {
        options = replacer;
    }
    if (typeof options === 'string')
        options = options.length;
    if (typeof options === 'number') {
        const indent = Math.round(options);
        options = indent < 1 ? undefined : indent > 8 ? { indent: 8 } : { indent };
    }
    if (value === undefined) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
            return undefined;
    }
    if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
    return new Document.Document(value, _replacer, options).toString(options);
}

exports.parse = parse;
exports.parseAllDocuments = parseAllDocuments;
exports.parseDocument = parseDocument;
exports.stringify = stringify;


/***/ }),

/***/ 5840:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var tags = __nccwpck_require__(18);

const sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
class Schema {
    constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat)
            ? tags.getTags(compat, 'compat')
            : compat
                ? tags.getTags(null, compat)
                : null;
        this.name = (typeof schema === 'string' && schema) || 'core';
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        // Used by createMap()
        this.sortMapEntries =
            typeof sortMapEntries === 'function'
                ? sortMapEntries
                : sortMapEntries === true
                    ? sortMapEntriesByKey
                    : null;
    }
    clone() {
        const copy = Object.create(Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
    }
}

exports.Schema = Schema;


/***/ }),

/***/ 7451:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLMap = __nccwpck_require__(4454);

const map = {
    collection: 'map',
    default: true,
    nodeClass: YAMLMap.YAMLMap,
    tag: 'tag:yaml.org,2002:map',
    resolve(map, onError) {
        if (!identity.isMap(map))
            onError('Expected a mapping for this tag');
        return map;
    },
    createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
};

exports.map = map;


/***/ }),

/***/ 3632:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const nullTag = {
    identify: value => value == null,
    createNode: () => new Scalar.Scalar(null),
    default: true,
    tag: 'tag:yaml.org,2002:null',
    test: /^(?:~|[Nn]ull|NULL)?$/,
    resolve: () => new Scalar.Scalar(null),
    stringify: ({ source }, ctx) => typeof source === 'string' && nullTag.test.test(source)
        ? source
        : ctx.options.nullStr
};

exports.nullTag = nullTag;


/***/ }),

/***/ 1706:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLSeq = __nccwpck_require__(2223);

const seq = {
    collection: 'seq',
    default: true,
    nodeClass: YAMLSeq.YAMLSeq,
    tag: 'tag:yaml.org,2002:seq',
    resolve(seq, onError) {
        if (!identity.isSeq(seq))
            onError('Expected a sequence for this tag');
        return seq;
    },
    createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
};

exports.seq = seq;


/***/ }),

/***/ 6464:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyString = __nccwpck_require__(3069);

const string = {
    identify: value => typeof value === 'string',
    default: true,
    tag: 'tag:yaml.org,2002:str',
    resolve: str => str,
    stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
    }
};

exports.string = string;


/***/ }),

/***/ 3959:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const boolTag = {
    identify: value => typeof value === 'boolean',
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
    resolve: str => new Scalar.Scalar(str[0] === 't' || str[0] === 'T'),
    stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
            const sv = source[0] === 't' || source[0] === 'T';
            if (value === sv)
                return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
};

exports.boolTag = boolTag;


/***/ }),

/***/ 8405:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: str => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
    resolve: str => parseFloat(str),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf('.');
        if (dot !== -1 && str[str.length - 1] === '0')
            node.minFractionDigits = str.length - dot - 1;
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 9874:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
const intResolve = (str, offset, radix, { intAsBigInt }) => (intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix));
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
    return stringifyNumber.stringifyNumber(node);
}
const intOct = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^0o[0-7]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
    stringify: node => intStringify(node, 8, '0o')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^0x[0-9a-fA-F]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 896:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.boolTag,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float
];

exports.schema = schema;


/***/ }),

/***/ 3559:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);

function intIdentify(value) {
    return typeof value === 'bigint' || Number.isInteger(value);
}
const stringifyJSON = ({ value }) => JSON.stringify(value);
const jsonScalars = [
    {
        identify: value => typeof value === 'string',
        default: true,
        tag: 'tag:yaml.org,2002:str',
        resolve: str => str,
        stringify: stringifyJSON
    },
    {
        identify: value => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: 'tag:yaml.org,2002:null',
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
    },
    {
        identify: value => typeof value === 'boolean',
        default: true,
        tag: 'tag:yaml.org,2002:bool',
        test: /^true$|^false$/,
        resolve: str => str === 'true',
        stringify: stringifyJSON
    },
    {
        identify: intIdentify,
        default: true,
        tag: 'tag:yaml.org,2002:int',
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
    },
    {
        identify: value => typeof value === 'number',
        default: true,
        tag: 'tag:yaml.org,2002:float',
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: str => parseFloat(str),
        stringify: stringifyJSON
    }
];
const jsonError = {
    default: true,
    tag: '',
    test: /^/,
    resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
    }
};
const schema = [map.map, seq.seq].concat(jsonScalars, jsonError);

exports.schema = schema;


/***/ }),

/***/ 18:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);
var schema = __nccwpck_require__(896);
var schema$1 = __nccwpck_require__(3559);
var binary = __nccwpck_require__(6083);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var schema$2 = __nccwpck_require__(5913);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schemas = new Map([
    ['core', schema.schema],
    ['failsafe', [map.map, seq.seq, string.string]],
    ['json', schema$1.schema],
    ['yaml11', schema$2.schema],
    ['yaml-1.1', schema$2.schema]
]);
const tagsByName = {
    binary: binary.binary,
    bool: bool.boolTag,
    float: float.float,
    floatExp: float.floatExp,
    floatNaN: float.floatNaN,
    floatTime: timestamp.floatTime,
    int: int.int,
    intHex: int.intHex,
    intOct: int.intOct,
    intTime: timestamp.intTime,
    map: map.map,
    merge: merge.merge,
    null: _null.nullTag,
    omap: omap.omap,
    pairs: pairs.pairs,
    seq: seq.seq,
    set: set.set,
    timestamp: timestamp.timestamp
};
const coreKnownTags = {
    'tag:yaml.org,2002:binary': binary.binary,
    'tag:yaml.org,2002:merge': merge.merge,
    'tag:yaml.org,2002:omap': omap.omap,
    'tag:yaml.org,2002:pairs': pairs.pairs,
    'tag:yaml.org,2002:set': set.set,
    'tag:yaml.org,2002:timestamp': timestamp.timestamp
};
function getTags(customTags, schemaName, addMergeTag) {
    const schemaTags = schemas.get(schemaName);
    if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge)
            ? schemaTags.concat(merge.merge)
            : schemaTags.slice();
    }
    let tags = schemaTags;
    if (!tags) {
        if (Array.isArray(customTags))
            tags = [];
        else {
            const keys = Array.from(schemas.keys())
                .filter(key => key !== 'yaml11')
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
    }
    if (Array.isArray(customTags)) {
        for (const tag of customTags)
            tags = tags.concat(tag);
    }
    else if (typeof customTags === 'function') {
        tags = customTags(tags.slice());
    }
    if (addMergeTag)
        tags = tags.concat(merge.merge);
    return tags.reduce((tags, tag) => {
        const tagObj = typeof tag === 'string' ? tagsByName[tag] : tag;
        if (!tagObj) {
            const tagName = JSON.stringify(tag);
            const keys = Object.keys(tagsByName)
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags.includes(tagObj))
            tags.push(tagObj);
        return tags;
    }, []);
}

exports.coreKnownTags = coreKnownTags;
exports.getTags = getTags;


/***/ }),

/***/ 6083:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_buffer = __nccwpck_require__(181);
var Scalar = __nccwpck_require__(3301);
var stringifyString = __nccwpck_require__(3069);

const binary = {
    identify: value => value instanceof Uint8Array, // Buffer inherits from Uint8Array
    default: false,
    tag: 'tag:yaml.org,2002:binary',
    /**
     * Returns a Buffer in node and an Uint8Array in browsers
     *
     * To use the resulting buffer as an image, you'll want to do something like:
     *
     *   const blob = new Blob([buffer], { type: 'image/jpeg' })
     *   document.querySelector('#photo').src = URL.createObjectURL(blob)
     */
    resolve(src, onError) {
        if (typeof node_buffer.Buffer === 'function') {
            return node_buffer.Buffer.from(src, 'base64');
        }
        else if (typeof atob === 'function') {
            // On IE 11, atob() can't handle newlines
            const str = atob(src.replace(/[\n\r]/g, ''));
            const buffer = new Uint8Array(str.length);
            for (let i = 0; i < str.length; ++i)
                buffer[i] = str.charCodeAt(i);
            return buffer;
        }
        else {
            onError('This environment does not support reading binary tags; either Buffer or atob is required');
            return src;
        }
    },
    stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
            return '';
        const buf = value; // checked earlier by binary.identify()
        let str;
        if (typeof node_buffer.Buffer === 'function') {
            str =
                buf instanceof node_buffer.Buffer
                    ? buf.toString('base64')
                    : node_buffer.Buffer.from(buf.buffer).toString('base64');
        }
        else if (typeof btoa === 'function') {
            let s = '';
            for (let i = 0; i < buf.length; ++i)
                s += String.fromCharCode(buf[i]);
            str = btoa(s);
        }
        else {
            throw new Error('This environment does not support writing binary tags; either Buffer or btoa is required');
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
            const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
            const n = Math.ceil(str.length / lineWidth);
            const lines = new Array(n);
            for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
                lines[i] = str.substr(o, lineWidth);
            }
            str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? '\n' : ' ');
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
    }
};

exports.binary = binary;


/***/ }),

/***/ 8398:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function boolStringify({ value, source }, ctx) {
    const boolObj = value ? trueTag : falseTag;
    if (source && boolObj.test.test(source))
        return source;
    return value ? ctx.options.trueStr : ctx.options.falseStr;
}
const trueTag = {
    identify: value => value === true,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
    resolve: () => new Scalar.Scalar(true),
    stringify: boolStringify
};
const falseTag = {
    identify: value => value === false,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
    resolve: () => new Scalar.Scalar(false),
    stringify: boolStringify
};

exports.falseTag = falseTag;
exports.trueTag = trueTag;


/***/ }),

/***/ 5782:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: (str) => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
    resolve: (str) => parseFloat(str.replace(/_/g, '')),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, '')));
        const dot = str.indexOf('.');
        if (dot !== -1) {
            const f = str.substring(dot + 1).replace(/_/g, '');
            if (f[f.length - 1] === '0')
                node.minFractionDigits = f.length;
        }
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 873:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
function intResolve(str, offset, radix, { intAsBigInt }) {
    const sign = str[0];
    if (sign === '-' || sign === '+')
        offset += 1;
    str = str.substring(offset).replace(/_/g, '');
    if (intAsBigInt) {
        switch (radix) {
            case 2:
                str = `0b${str}`;
                break;
            case 8:
                str = `0o${str}`;
                break;
            case 16:
                str = `0x${str}`;
                break;
        }
        const n = BigInt(str);
        return sign === '-' ? BigInt(-1) * n : n;
    }
    const n = parseInt(str, radix);
    return sign === '-' ? -1 * n : n;
}
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? '-' + prefix + str.substr(1) : prefix + str;
    }
    return stringifyNumber.stringifyNumber(node);
}
const intBin = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'BIN',
    test: /^[-+]?0b[0-1_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
    stringify: node => intStringify(node, 2, '0b')
};
const intOct = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^[-+]?0[0-7_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
    stringify: node => intStringify(node, 8, '0')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9][0-9_]*$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^[-+]?0x[0-9a-fA-F_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intBin = intBin;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 452:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

// If the value associated with a merge key is a single mapping node, each of
// its key/value pairs is inserted into the current mapping, unless the key
// already exists in it. If the value associated with the merge key is a
// sequence, then this sequence is expected to contain mapping nodes and each
// of these nodes is merged in turn according to its order in the sequence.
// Keys in mapping nodes earlier in the sequence override keys specified in
// later mapping nodes. -- http://yaml.org/type/merge.html
const MERGE_KEY = '<<';
const merge = {
    identify: value => value === MERGE_KEY ||
        (typeof value === 'symbol' && value.description === MERGE_KEY),
    default: 'key',
    tag: 'tag:yaml.org,2002:merge',
    test: /^<<$/,
    resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
    }),
    stringify: () => MERGE_KEY
};
const isMergeKey = (ctx, key) => (merge.identify(key) ||
    (identity.isScalar(key) &&
        (!key.type || key.type === Scalar.Scalar.PLAIN) &&
        merge.identify(key.value))) &&
    ctx?.doc.schema.tags.some(tag => tag.tag === merge.tag && tag.default);
function addMergeToJSMap(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (identity.isSeq(source))
        for (const it of source.items)
            mergeValue(ctx, map, it);
    else if (Array.isArray(source))
        for (const it of source)
            mergeValue(ctx, map, it);
    else
        mergeValue(ctx, map, source);
}
function mergeValue(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (!identity.isMap(source))
        throw new Error('Merge sources must be maps or map aliases');
    const srcMap = source.toJSON(null, ctx, Map);
    for (const [key, value] of srcMap) {
        if (map instanceof Map) {
            if (!map.has(key))
                map.set(key, value);
        }
        else if (map instanceof Set) {
            map.add(key);
        }
        else if (!Object.prototype.hasOwnProperty.call(map, key)) {
            Object.defineProperty(map, key, {
                value,
                writable: true,
                enumerable: true,
                configurable: true
            });
        }
    }
    return map;
}
function resolveAliasValue(ctx, value) {
    return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
}

exports.addMergeToJSMap = addMergeToJSMap;
exports.isMergeKey = isMergeKey;
exports.merge = merge;


/***/ }),

/***/ 303:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var pairs = __nccwpck_require__(8385);

class YAMLOMap extends YAMLSeq.YAMLSeq {
    constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = YAMLOMap.tag;
    }
    /**
     * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
     * but TypeScript won't allow widening the signature of a child method.
     */
    toJSON(_, ctx) {
        if (!ctx)
            return super.toJSON(_);
        const map = new Map();
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const pair of this.items) {
            let key, value;
            if (identity.isPair(pair)) {
                key = toJS.toJS(pair.key, '', ctx);
                value = toJS.toJS(pair.value, key, ctx);
            }
            else {
                key = toJS.toJS(pair, '', ctx);
            }
            if (map.has(key))
                throw new Error('Ordered maps must not include duplicate keys');
            map.set(key, value);
        }
        return map;
    }
    static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap = new this();
        omap.items = pairs$1.items;
        return omap;
    }
}
YAMLOMap.tag = 'tag:yaml.org,2002:omap';
const omap = {
    collection: 'seq',
    identify: value => value instanceof Map,
    nodeClass: YAMLOMap,
    default: false,
    tag: 'tag:yaml.org,2002:omap',
    resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
            if (identity.isScalar(key)) {
                if (seenKeys.includes(key.value)) {
                    onError(`Ordered maps must not include duplicate keys: ${key.value}`);
                }
                else {
                    seenKeys.push(key.value);
                }
            }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
    },
    createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
};

exports.YAMLOMap = YAMLOMap;
exports.omap = omap;


/***/ }),

/***/ 8385:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLSeq = __nccwpck_require__(2223);

function resolvePairs(seq, onError) {
    if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
            let item = seq.items[i];
            if (identity.isPair(item))
                continue;
            else if (identity.isMap(item)) {
                if (item.items.length > 1)
                    onError('Each pair must have its own sequence indicator');
                const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
                if (item.commentBefore)
                    pair.key.commentBefore = pair.key.commentBefore
                        ? `${item.commentBefore}\n${pair.key.commentBefore}`
                        : item.commentBefore;
                if (item.comment) {
                    const cn = pair.value ?? pair.key;
                    cn.comment = cn.comment
                        ? `${item.comment}\n${cn.comment}`
                        : item.comment;
                }
                item = pair;
            }
            seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
    }
    else
        onError('Expected a sequence for this tag');
    return seq;
}
function createPairs(schema, iterable, ctx) {
    const { replacer } = ctx;
    const pairs = new YAMLSeq.YAMLSeq(schema);
    pairs.tag = 'tag:yaml.org,2002:pairs';
    let i = 0;
    if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
            if (typeof replacer === 'function')
                it = replacer.call(iterable, String(i++), it);
            let key, value;
            if (Array.isArray(it)) {
                if (it.length === 2) {
                    key = it[0];
                    value = it[1];
                }
                else
                    throw new TypeError(`Expected [key, value] tuple: ${it}`);
            }
            else if (it && it instanceof Object) {
                const keys = Object.keys(it);
                if (keys.length === 1) {
                    key = keys[0];
                    value = it[key];
                }
                else {
                    throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
                }
            }
            else {
                key = it;
            }
            pairs.items.push(Pair.createPair(key, value, ctx));
        }
    return pairs;
}
const pairs = {
    collection: 'seq',
    default: false,
    tag: 'tag:yaml.org,2002:pairs',
    resolve: resolvePairs,
    createNode: createPairs
};

exports.createPairs = createPairs;
exports.pairs = pairs;
exports.resolvePairs = resolvePairs;


/***/ }),

/***/ 5913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var binary = __nccwpck_require__(6083);
var bool = __nccwpck_require__(8398);
var float = __nccwpck_require__(5782);
var int = __nccwpck_require__(873);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.trueTag,
    bool.falseTag,
    int.intBin,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float,
    binary.binary,
    merge.merge,
    omap.omap,
    pairs.pairs,
    set.set,
    timestamp.intTime,
    timestamp.floatTime,
    timestamp.timestamp
];

exports.schema = schema;


/***/ }),

/***/ 1528:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);

class YAMLSet extends YAMLMap.YAMLMap {
    constructor(schema) {
        super(schema);
        this.tag = YAMLSet.tag;
    }
    add(key) {
        let pair;
        if (identity.isPair(key))
            pair = key;
        else if (key &&
            typeof key === 'object' &&
            'key' in key &&
            'value' in key &&
            key.value === null)
            pair = new Pair.Pair(key.key, null);
        else
            pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
            this.items.push(pair);
    }
    /**
     * If `keepPair` is `true`, returns the Pair matching `key`.
     * Otherwise, returns the value of that Pair's key.
     */
    get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair)
            ? identity.isScalar(pair.key)
                ? pair.key.value
                : pair.key
            : pair;
    }
    set(key, value) {
        if (typeof value !== 'boolean')
            throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
            this.items.splice(this.items.indexOf(prev), 1);
        }
        else if (!prev && value) {
            this.items.push(new Pair.Pair(key));
        }
    }
    toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        if (this.hasAllNullValues(true))
            return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
            throw new Error('Set items must all have null values');
    }
    static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
            for (let value of iterable) {
                if (typeof replacer === 'function')
                    value = replacer.call(iterable, value, value);
                set.items.push(Pair.createPair(value, null, ctx));
            }
        return set;
    }
}
YAMLSet.tag = 'tag:yaml.org,2002:set';
const set = {
    collection: 'map',
    identify: value => value instanceof Set,
    nodeClass: YAMLSet,
    default: false,
    tag: 'tag:yaml.org,2002:set',
    createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
    resolve(map, onError) {
        if (identity.isMap(map)) {
            if (map.hasAllNullValues(true))
                return Object.assign(new YAMLSet(), map);
            else
                onError('Set items must all have null values');
        }
        else
            onError('Expected a mapping for this tag');
        return map;
    }
};

exports.YAMLSet = YAMLSet;
exports.set = set;


/***/ }),

/***/ 6752:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

/** Internal types handle bigint as number, because TS can't figure it out. */
function parseSexagesimal(str, asBigInt) {
    const sign = str[0];
    const parts = sign === '-' || sign === '+' ? str.substring(1) : str;
    const num = (n) => asBigInt ? BigInt(n) : Number(n);
    const res = parts
        .replace(/_/g, '')
        .split(':')
        .reduce((res, p) => res * num(60) + num(p), num(0));
    return (sign === '-' ? num(-1) * res : res);
}
/**
 * hhhh:mm:ss.sss
 *
 * Internal types handle bigint as number, because TS can't figure it out.
 */
function stringifySexagesimal(node) {
    let { value } = node;
    let num = (n) => n;
    if (typeof value === 'bigint')
        num = n => BigInt(n);
    else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
    let sign = '';
    if (value < 0) {
        sign = '-';
        value *= num(-1);
    }
    const _60 = num(60);
    const parts = [value % _60]; // seconds, including ms
    if (value < 60) {
        parts.unshift(0); // at least one : is required
    }
    else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60); // minutes
        if (value >= 60) {
            value = (value - parts[0]) / _60;
            parts.unshift(value); // hours
        }
    }
    return (sign +
        parts
            .map(n => String(n).padStart(2, '0'))
            .join(':')
            .replace(/000000\d*$/, '') // % 60 may introduce error
    );
}
const intTime = {
    identify: value => typeof value === 'bigint' || Number.isInteger(value),
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
    resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
    stringify: stringifySexagesimal
};
const floatTime = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
    resolve: str => parseSexagesimal(str, false),
    stringify: stringifySexagesimal
};
const timestamp = {
    identify: value => value instanceof Date,
    default: true,
    tag: 'tag:yaml.org,2002:timestamp',
    // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
    // may be omitted altogether, resulting in a date format. In such a case, the time part is
    // assumed to be 00:00:00Z (start of day, UTC).
    test: RegExp('^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})' + // YYYY-Mm-Dd
        '(?:' + // time is optional
        '(?:t|T|[ \\t]+)' + // t | T | whitespace
        '([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)' + // Hh:Mm:Ss(.ss)?
        '(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?' + // Z | +5 | -03:30
        ')?$'),
    resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
            throw new Error('!!timestamp expects a date, starting with yyyy-mm-dd');
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + '00').substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== 'Z') {
            let d = parseSexagesimal(tz, false);
            if (Math.abs(d) < 30)
                d *= 60;
            date -= 60000 * d;
        }
        return new Date(date);
    },
    stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, '') ?? ''
};

exports.floatTime = floatTime;
exports.intTime = intTime;
exports.timestamp = timestamp;


/***/ }),

/***/ 4475:
/***/ ((__unused_webpack_module, exports) => {



const FOLD_FLOW = 'flow';
const FOLD_BLOCK = 'block';
const FOLD_QUOTED = 'quoted';
/**
 * Tries to keep input at up to `lineWidth` characters, splitting only on spaces
 * not followed by newlines or spaces unless `mode` is `'quoted'`. Lines are
 * terminated with `\n` and started with `indent`.
 */
function foldFlowLines(text, indent, mode = 'flow', { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
    if (!lineWidth || lineWidth < 0)
        return text;
    if (lineWidth < minContentWidth)
        minContentWidth = 0;
    const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
    if (text.length <= endStep)
        return text;
    const folds = [];
    const escapedFolds = {};
    let end = lineWidth - indent.length;
    if (typeof indentAtStart === 'number') {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
            folds.push(0);
        else
            end = lineWidth - indentAtStart;
    }
    let split = undefined;
    let prev = undefined;
    let overflow = false;
    let i = -1;
    let escStart = -1;
    let escEnd = -1;
    if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
            end = i + endStep;
    }
    for (let ch; (ch = text[(i += 1)]);) {
        if (mode === FOLD_QUOTED && ch === '\\') {
            escStart = i;
            switch (text[i + 1]) {
                case 'x':
                    i += 3;
                    break;
                case 'u':
                    i += 5;
                    break;
                case 'U':
                    i += 9;
                    break;
                default:
                    i += 1;
            }
            escEnd = i;
        }
        if (ch === '\n') {
            if (mode === FOLD_BLOCK)
                i = consumeMoreIndentedLines(text, i, indent.length);
            end = i + indent.length + endStep;
            split = undefined;
        }
        else {
            if (ch === ' ' &&
                prev &&
                prev !== ' ' &&
                prev !== '\n' &&
                prev !== '\t') {
                // space surrounded by non-space can be replaced with newline + indent
                const next = text[i + 1];
                if (next && next !== ' ' && next !== '\n' && next !== '\t')
                    split = i;
            }
            if (i >= end) {
                if (split) {
                    folds.push(split);
                    end = split + endStep;
                    split = undefined;
                }
                else if (mode === FOLD_QUOTED) {
                    // white-space collected at end may stretch past lineWidth
                    while (prev === ' ' || prev === '\t') {
                        prev = ch;
                        ch = text[(i += 1)];
                        overflow = true;
                    }
                    // Account for newline escape, but don't break preceding escape
                    const j = i > escEnd + 1 ? i - 2 : escStart - 1;
                    // Bail out if lineWidth & minContentWidth are shorter than an escape string
                    if (escapedFolds[j])
                        return text;
                    folds.push(j);
                    escapedFolds[j] = true;
                    end = j + endStep;
                    split = undefined;
                }
                else {
                    overflow = true;
                }
            }
        }
        prev = ch;
    }
    if (overflow && onOverflow)
        onOverflow();
    if (folds.length === 0)
        return text;
    if (onFold)
        onFold();
    let res = text.slice(0, folds[0]);
    for (let i = 0; i < folds.length; ++i) {
        const fold = folds[i];
        const end = folds[i + 1] || text.length;
        if (fold === 0)
            res = `\n${indent}${text.slice(0, end)}`;
        else {
            if (mode === FOLD_QUOTED && escapedFolds[fold])
                res += `${text[fold]}\\`;
            res += `\n${indent}${text.slice(fold + 1, end)}`;
        }
    }
    return res;
}
/**
 * Presumes `i + 1` is at the start of a line
 * @returns index of last newline in more-indented block
 */
function consumeMoreIndentedLines(text, i, indent) {
    let end = i;
    let start = i + 1;
    let ch = text[start];
    while (ch === ' ' || ch === '\t') {
        if (i < start + indent) {
            ch = text[++i];
        }
        else {
            do {
                ch = text[++i];
            } while (ch && ch !== '\n');
            end = i;
            start = i + 1;
            ch = text[start];
        }
    }
    return end;
}

exports.FOLD_BLOCK = FOLD_BLOCK;
exports.FOLD_FLOW = FOLD_FLOW;
exports.FOLD_QUOTED = FOLD_QUOTED;
exports.foldFlowLines = foldFlowLines;


/***/ }),

/***/ 2148:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var identity = __nccwpck_require__(1127);
var stringifyComment = __nccwpck_require__(9799);
var stringifyString = __nccwpck_require__(3069);

function createStringifyContext(doc, options) {
    const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: 'PLAIN',
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: 'false',
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: 'null',
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: 'true',
        verifyAliasOrder: true
    }, doc.schema.toStringOptions, options);
    let inFlow;
    switch (opt.collectionStyle) {
        case 'block':
            inFlow = false;
            break;
        case 'flow':
            inFlow = true;
            break;
        default:
            inFlow = null;
    }
    return {
        anchors: new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? ' ' : '',
        indent: '',
        indentStep: typeof opt.indent === 'number' ? ' '.repeat(opt.indent) : '  ',
        inFlow,
        options: opt
    };
}
function getTagObject(tags, item) {
    if (item.tag) {
        const match = tags.filter(t => t.tag === item.tag);
        if (match.length > 0)
            return match.find(t => t.format === item.format) ?? match[0];
    }
    let tagObj = undefined;
    let obj;
    if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter(t => t.identify?.(obj));
        if (match.length > 1) {
            const testMatch = match.filter(t => t.test);
            if (testMatch.length > 0)
                match = testMatch;
        }
        tagObj =
            match.find(t => t.format === item.format) ?? match.find(t => !t.format);
    }
    else {
        obj = item;
        tagObj = tags.find(t => t.nodeClass && obj instanceof t.nodeClass);
    }
    if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? 'null' : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
    }
    return tagObj;
}
// needs to be called before value stringifier to allow for circular anchor refs
function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
    if (!doc.directives)
        return '';
    const props = [];
    const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
    if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
    }
    const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
    if (tag)
        props.push(doc.directives.tagString(tag));
    return props.join(' ');
}
function stringify(item, ctx, onComment, onChompKeep) {
    if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
    if (identity.isAlias(item)) {
        if (ctx.doc.directives)
            return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
            throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        }
        else {
            if (ctx.resolvedAliases)
                ctx.resolvedAliases.add(item);
            else
                ctx.resolvedAliases = new Set([item]);
            item = item.resolve(ctx.doc);
        }
    }
    let tagObj = undefined;
    const node = identity.isNode(item)
        ? item
        : ctx.doc.createNode(item, { onTagObj: o => (tagObj = o) });
    tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
    const props = stringifyProps(node, tagObj, ctx);
    if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
    const str = typeof tagObj.stringify === 'function'
        ? tagObj.stringify(node, ctx, onComment, onChompKeep)
        : identity.isScalar(node)
            ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep)
            : node.toString(ctx, onComment, onChompKeep);
    if (!props)
        return str;
    return identity.isScalar(node) || str[0] === '{' || str[0] === '['
        ? `${props} ${str}`
        : `${props}\n${ctx.indent}${str}`;
}

exports.createStringifyContext = createStringifyContext;
exports.stringify = stringify;


/***/ }),

/***/ 1212:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyCollection(collection, ctx, options) {
    const flow = ctx.inFlow ?? collection.flow;
    const stringify = flow ? stringifyFlowCollection : stringifyBlockCollection;
    return stringify(collection, ctx, options);
}
function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
    const { indent, options: { commentString } } = ctx;
    const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
    let chompKeep = false; // flag for the preceding node's status
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (!chompKeep && item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (!chompKeep && ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
            }
        }
        chompKeep = false;
        let str = stringify.stringify(item, itemCtx, () => (comment = null), () => (chompKeep = true));
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        if (chompKeep && comment)
            chompKeep = false;
        lines.push(blockItemPrefix + str);
    }
    let str;
    if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
    }
    else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
            const line = lines[i];
            str += line ? `\n${indent}${line}` : '\n';
        }
    }
    if (comment) {
        str += '\n' + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
            onComment();
    }
    else if (chompKeep && onChompKeep)
        onChompKeep();
    return str;
}
function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
    const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
    itemIndent += indentStep;
    const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
    });
    let reqNewline = false;
    let linesAtValue = 0;
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, false);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, false);
                if (ik.comment)
                    reqNewline = true;
            }
            const iv = identity.isNode(item.value) ? item.value : null;
            if (iv) {
                if (iv.comment)
                    comment = iv.comment;
                if (iv.commentBefore)
                    reqNewline = true;
            }
            else if (item.value == null && ik?.comment) {
                comment = ik.comment;
            }
        }
        if (comment)
            reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => (comment = null));
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes('\n'));
        if (i < items.length - 1) {
            str += ',';
        }
        else if (ctx.options.trailingComma) {
            if (ctx.options.lineWidth > 0) {
                reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) +
                    (str.length + 2) >
                    ctx.options.lineWidth);
            }
            if (reqNewline) {
                str += ',';
            }
        }
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
    }
    const { start, end } = flowChars;
    if (lines.length === 0) {
        return start + end;
    }
    else {
        if (!reqNewline) {
            const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
            reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
            let str = start;
            for (const line of lines)
                str += line ? `\n${indentStep}${indent}${line}` : '\n';
            return `${str}\n${indent}${end}`;
        }
        else {
            return `${start}${fcPadding}${lines.join(' ')}${fcPadding}${end}`;
        }
    }
}
function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
    if (comment && chompKeep)
        comment = comment.replace(/^\n+/, '');
    if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart()); // Avoid double indent on first line
    }
}

exports.stringifyCollection = stringifyCollection;


/***/ }),

/***/ 9799:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringifies a comment.
 *
 * Empty comment lines are left empty,
 * lines consisting of a single space are replaced by `#`,
 * and all other lines are prefixed with a `#`.
 */
const stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, '#');
function indentComment(comment, indent) {
    if (/^\n+$/.test(comment))
        return comment.substring(1);
    return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
}
const lineComment = (str, indent, comment) => str.endsWith('\n')
    ? indentComment(comment, indent)
    : comment.includes('\n')
        ? '\n' + indentComment(comment, indent)
        : (str.endsWith(' ') ? '' : ' ') + comment;

exports.indentComment = indentComment;
exports.lineComment = lineComment;
exports.stringifyComment = stringifyComment;


/***/ }),

/***/ 6829:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyDocument(doc, options) {
    const lines = [];
    let hasDirectives = options.directives === true;
    if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
            lines.push(dir);
            hasDirectives = true;
        }
        else if (doc.directives.docStart)
            hasDirectives = true;
    }
    if (hasDirectives)
        lines.push('---');
    const ctx = stringify.createStringifyContext(doc, options);
    const { commentString } = ctx.options;
    if (doc.commentBefore) {
        if (lines.length !== 1)
            lines.unshift('');
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ''));
    }
    let chompKeep = false;
    let contentComment = null;
    if (doc.contents) {
        if (identity.isNode(doc.contents)) {
            if (doc.contents.spaceBefore && hasDirectives)
                lines.push('');
            if (doc.contents.commentBefore) {
                const cs = commentString(doc.contents.commentBefore);
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            // top-level block scalars need to be indented if followed by a comment
            ctx.forceBlockIndent = !!doc.comment;
            contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? undefined : () => (chompKeep = true);
        let body = stringify.stringify(doc.contents, ctx, () => (contentComment = null), onChompKeep);
        if (contentComment)
            body += stringifyComment.lineComment(body, '', commentString(contentComment));
        if ((body[0] === '|' || body[0] === '>') &&
            lines[lines.length - 1] === '---') {
            // Top-level block scalars with a preceding doc marker ought to use the
            // same line for their header.
            lines[lines.length - 1] = `--- ${body}`;
        }
        else
            lines.push(body);
    }
    else {
        lines.push(stringify.stringify(doc.contents, ctx));
    }
    if (doc.directives?.docEnd) {
        if (doc.comment) {
            const cs = commentString(doc.comment);
            if (cs.includes('\n')) {
                lines.push('...');
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            else {
                lines.push(`... ${cs}`);
            }
        }
        else {
            lines.push('...');
        }
    }
    else {
        let dc = doc.comment;
        if (dc && chompKeep)
            dc = dc.replace(/^\n+/, '');
        if (dc) {
            if ((!chompKeep || contentComment) && lines[lines.length - 1] !== '')
                lines.push('');
            lines.push(stringifyComment.indentComment(commentString(dc), ''));
        }
    }
    return lines.join('\n') + '\n';
}

exports.stringifyDocument = stringifyDocument;


/***/ }),

/***/ 8689:
/***/ ((__unused_webpack_module, exports) => {



function stringifyNumber({ format, minFractionDigits, tag, value }) {
    if (typeof value === 'bigint')
        return String(value);
    const num = typeof value === 'number' ? value : Number(value);
    if (!isFinite(num))
        return isNaN(num) ? '.nan' : num < 0 ? '-.inf' : '.inf';
    let n = Object.is(value, -0) ? '-0' : JSON.stringify(value);
    if (!format &&
        minFractionDigits &&
        (!tag || tag === 'tag:yaml.org,2002:float') &&
        /^-?\d/.test(n) &&
        !n.includes('e')) {
        let i = n.indexOf('.');
        if (i < 0) {
            i = n.length;
            n += '.';
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
            n += '0';
    }
    return n;
}

exports.stringifyNumber = stringifyNumber;


/***/ }),

/***/ 9748:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
    const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
    let keyComment = (identity.isNode(key) && key.comment) || null;
    if (simpleKeys) {
        if (keyComment) {
            throw new Error('With simple keys, key nodes cannot have comments');
        }
        if (identity.isCollection(key) || (!identity.isNode(key) && typeof key === 'object')) {
            const msg = 'With simple keys, collection cannot be used as a key value';
            throw new Error(msg);
        }
    }
    let explicitKey = !simpleKeys &&
        (!key ||
            (keyComment && value == null && !ctx.inFlow) ||
            identity.isCollection(key) ||
            (identity.isScalar(key)
                ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL
                : typeof key === 'object'));
    ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
    });
    let keyCommentDone = false;
    let chompKeep = false;
    let str = stringify.stringify(key, ctx, () => (keyCommentDone = true), () => (chompKeep = true));
    if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
            throw new Error('With simple keys, single line scalar must not span more than 1024 characters');
        explicitKey = true;
    }
    if (ctx.inFlow) {
        if (allNullValues || value == null) {
            if (keyCommentDone && onComment)
                onComment();
            return str === '' ? '?' : explicitKey ? `? ${str}` : str;
        }
    }
    else if ((allNullValues && !simpleKeys) || (value == null && explicitKey)) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        }
        else if (chompKeep && onChompKeep)
            onChompKeep();
        return str;
    }
    if (keyCommentDone)
        keyComment = null;
    if (explicitKey) {
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}\n${indent}:`;
    }
    else {
        str = `${str}:`;
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
    }
    let vsb, vcb, valueComment;
    if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
    }
    else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === 'object')
            value = doc.createNode(value);
    }
    ctx.implicitKey = false;
    if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
    chompKeep = false;
    if (!indentSeq &&
        indentStep.length >= 2 &&
        !ctx.inFlow &&
        !explicitKey &&
        identity.isSeq(value) &&
        !value.flow &&
        !value.tag &&
        !value.anchor) {
        // If indentSeq === false, consider '- ' as part of indentation where possible
        ctx.indent = ctx.indent.substring(2);
    }
    let valueCommentDone = false;
    const valueStr = stringify.stringify(value, ctx, () => (valueCommentDone = true), () => (chompKeep = true));
    let ws = ' ';
    if (keyComment || vsb || vcb) {
        ws = vsb ? '\n' : '';
        if (vcb) {
            const cs = commentString(vcb);
            ws += `\n${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === '' && !ctx.inFlow) {
            if (ws === '\n' && valueComment)
                ws = '\n\n';
        }
        else {
            ws += `\n${ctx.indent}`;
        }
    }
    else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf('\n');
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
            let hasPropsLine = false;
            if (hasNewline && (vs0 === '&' || vs0 === '!')) {
                let sp0 = valueStr.indexOf(' ');
                if (vs0 === '&' &&
                    sp0 !== -1 &&
                    sp0 < nl0 &&
                    valueStr[sp0 + 1] === '!') {
                    sp0 = valueStr.indexOf(' ', sp0 + 1);
                }
                if (sp0 === -1 || nl0 < sp0)
                    hasPropsLine = true;
            }
            if (!hasPropsLine)
                ws = `\n${ctx.indent}`;
        }
    }
    else if (valueStr === '' || valueStr[0] === '\n') {
        ws = '';
    }
    str += ws + valueStr;
    if (ctx.inFlow) {
        if (valueCommentDone && onComment)
            onComment();
    }
    else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
    }
    else if (chompKeep && onChompKeep) {
        onChompKeep();
    }
    return str;
}

exports.stringifyPair = stringifyPair;


/***/ }),

/***/ 3069:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var foldFlowLines = __nccwpck_require__(4475);

const getFoldOptions = (ctx, isBlock) => ({
    indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
    lineWidth: ctx.options.lineWidth,
    minContentWidth: ctx.options.minContentWidth
});
// Also checks for lines starting with %, as parsing the output as YAML 1.1 will
// presume that's starting a new document.
const containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
function lineLengthOverLimit(str, lineWidth, indentLength) {
    if (!lineWidth || lineWidth < 0)
        return false;
    const limit = lineWidth - indentLength;
    const strLen = str.length;
    if (strLen <= limit)
        return false;
    for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === '\n') {
            if (i - start > limit)
                return true;
            start = i + 1;
            if (strLen - start <= limit)
                return false;
        }
    }
    return true;
}
function doubleQuotedString(value, ctx) {
    const json = JSON.stringify(value);
    if (ctx.options.doubleQuotedAsJSON)
        return json;
    const { implicitKey } = ctx;
    const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    let str = '';
    let start = 0;
    for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === ' ' && json[i + 1] === '\\' && json[i + 2] === 'n') {
            // space before newline needs to be escaped to not be folded
            str += json.slice(start, i) + '\\ ';
            i += 1;
            start = i;
            ch = '\\';
        }
        if (ch === '\\')
            switch (json[i + 1]) {
                case 'u':
                    {
                        str += json.slice(start, i);
                        const code = json.substr(i + 2, 4);
                        switch (code) {
                            case '0000':
                                str += '\\0';
                                break;
                            case '0007':
                                str += '\\a';
                                break;
                            case '000b':
                                str += '\\v';
                                break;
                            case '001b':
                                str += '\\e';
                                break;
                            case '0085':
                                str += '\\N';
                                break;
                            case '00a0':
                                str += '\\_';
                                break;
                            case '2028':
                                str += '\\L';
                                break;
                            case '2029':
                                str += '\\P';
                                break;
                            default:
                                if (code.substr(0, 2) === '00')
                                    str += '\\x' + code.substr(2);
                                else
                                    str += json.substr(i, 6);
                        }
                        i += 5;
                        start = i + 1;
                    }
                    break;
                case 'n':
                    if (implicitKey ||
                        json[i + 2] === '"' ||
                        json.length < minMultiLineLength) {
                        i += 1;
                    }
                    else {
                        // folding will eat first newline
                        str += json.slice(start, i) + '\n\n';
                        while (json[i + 2] === '\\' &&
                            json[i + 3] === 'n' &&
                            json[i + 4] !== '"') {
                            str += '\n';
                            i += 2;
                        }
                        str += indent;
                        // space after newline needs to be escaped to not be folded
                        if (json[i + 2] === ' ')
                            str += '\\';
                        i += 1;
                        start = i + 1;
                    }
                    break;
                default:
                    i += 1;
            }
    }
    str = start ? str + json.slice(start) : json;
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
}
function singleQuotedString(value, ctx) {
    if (ctx.options.singleQuote === false ||
        (ctx.implicitKey && value.includes('\n')) ||
        /[ \t]\n|\n[ \t]/.test(value) // single quoted string can't have leading or trailing whitespace around newline
    )
        return doubleQuotedString(value, ctx);
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&\n${indent}`) + "'";
    return ctx.implicitKey
        ? res
        : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function quotedString(value, ctx) {
    const { singleQuote } = ctx.options;
    let qs;
    if (singleQuote === false)
        qs = doubleQuotedString;
    else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
            qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
            qs = doubleQuotedString;
        else
            qs = singleQuote ? singleQuotedString : doubleQuotedString;
    }
    return qs(value, ctx);
}
// The negative lookbehind avoids a polynomial search,
// but isn't supported yet on Safari: https://caniuse.com/js-regexp-lookbehind
let blockEndNewlines;
try {
    blockEndNewlines = new RegExp('(^|(?<!\n))\n+(?!\n|$)', 'g');
}
catch {
    blockEndNewlines = /\n+(?!\n|$)/g;
}
function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
    const { blockQuote, commentString, lineWidth } = ctx.options;
    // 1. Block can't end in whitespace unless the last line is non-empty.
    // 2. Strings consisting of only whitespace are best rendered explicitly.
    if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
    }
    const indent = ctx.indent ||
        (ctx.forceBlockIndent || containsDocumentMarker(value) ? '  ' : '');
    const literal = blockQuote === 'literal'
        ? true
        : blockQuote === 'folded' || type === Scalar.Scalar.BLOCK_FOLDED
            ? false
            : type === Scalar.Scalar.BLOCK_LITERAL
                ? true
                : !lineLengthOverLimit(value, lineWidth, indent.length);
    if (!value)
        return literal ? '|\n' : '>\n';
    // determine chomping from whitespace at value end
    let chomp;
    let endStart;
    for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== '\n' && ch !== '\t' && ch !== ' ')
            break;
    }
    let end = value.substring(endStart);
    const endNlPos = end.indexOf('\n');
    if (endNlPos === -1) {
        chomp = '-'; // strip
    }
    else if (value === end || endNlPos !== end.length - 1) {
        chomp = '+'; // keep
        if (onChompKeep)
            onChompKeep();
    }
    else {
        chomp = ''; // clip
    }
    if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === '\n')
            end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
    }
    // determine indent indicator from whitespace at value start
    let startWithSpace = false;
    let startEnd;
    let startNlPos = -1;
    for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === ' ')
            startWithSpace = true;
        else if (ch === '\n')
            startNlPos = startEnd;
        else
            break;
    }
    let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
    if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
    }
    const indentSize = indent ? '2' : '1'; // root is at -1
    // Leading | or > is added later
    let header = (startWithSpace ? indentSize : '') + chomp;
    if (comment) {
        header += ' ' + commentString(comment.replace(/ ?[\r\n]+/g, ' '));
        if (onComment)
            onComment();
    }
    if (!literal) {
        const foldedValue = value
            .replace(/\n+/g, '\n$&')
            .replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, '$1$2') // more-indented lines aren't folded
            //                ^ more-ind. ^ empty     ^ capture next empty lines only at end of indent
            .replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== 'folded' && type !== Scalar.Scalar.BLOCK_FOLDED) {
            foldOptions.onOverflow = () => {
                literalFallback = true;
            };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
            return `>${header}\n${indent}${body}`;
    }
    value = value.replace(/\n+/g, `$&${indent}`);
    return `|${header}\n${indent}${start}${value}${end}`;
}
function plainString(item, ctx, onComment, onChompKeep) {
    const { type, value } = item;
    const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
    if ((implicitKey && value.includes('\n')) ||
        (inFlow && /[[\]{},]/.test(value))) {
        return quotedString(value, ctx);
    }
    if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        // not allowed:
        // - '-' or '?'
        // - start with an indicator character (except [?:-]) or /[?-] /
        // - '\n ', ': ' or ' \n' anywhere
        // - '#' not preceded by a non-space char
        // - end with ' ' or ':'
        return implicitKey || inFlow || !value.includes('\n')
            ? quotedString(value, ctx)
            : blockString(item, ctx, onComment, onChompKeep);
    }
    if (!implicitKey &&
        !inFlow &&
        type !== Scalar.Scalar.PLAIN &&
        value.includes('\n')) {
        // Where allowed & type not set explicitly, prefer block style for multiline strings
        return blockString(item, ctx, onComment, onChompKeep);
    }
    if (containsDocumentMarker(value)) {
        if (indent === '') {
            ctx.forceBlockIndent = true;
            return blockString(item, ctx, onComment, onChompKeep);
        }
        else if (implicitKey && indent === indentStep) {
            return quotedString(value, ctx);
        }
    }
    const str = value.replace(/\n+/g, `$&\n${indent}`);
    // Verify that output will be parsed as a string, as e.g. plain numbers and
    // booleans get parsed with those types in v1.2 (e.g. '42', 'true' & '0.9e-3'),
    // and others in v1.1.
    if (actualString) {
        const test = (tag) => tag.default && tag.tag !== 'tag:yaml.org,2002:str' && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
            return quotedString(value, ctx);
    }
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function stringifyString(item, ctx, onComment, onChompKeep) {
    const { implicitKey, inFlow } = ctx;
    const ss = typeof item.value === 'string'
        ? item
        : Object.assign({}, item, { value: String(item.value) });
    let { type } = item;
    if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        // force double quotes on control characters & unpaired surrogates
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
            type = Scalar.Scalar.QUOTE_DOUBLE;
    }
    const _stringify = (_type) => {
        switch (_type) {
            case Scalar.Scalar.BLOCK_FOLDED:
            case Scalar.Scalar.BLOCK_LITERAL:
                return implicitKey || inFlow
                    ? quotedString(ss.value, ctx) // blocks are not valid inside flow containers
                    : blockString(ss, ctx, onComment, onChompKeep);
            case Scalar.Scalar.QUOTE_DOUBLE:
                return doubleQuotedString(ss.value, ctx);
            case Scalar.Scalar.QUOTE_SINGLE:
                return singleQuotedString(ss.value, ctx);
            case Scalar.Scalar.PLAIN:
                return plainString(ss, ctx, onComment, onChompKeep);
            default:
                return null;
        }
    };
    let res = _stringify(type);
    if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = (implicitKey && defaultKeyType) || defaultStringType;
        res = _stringify(t);
        if (res === null)
            throw new Error(`Unsupported default string type ${t}`);
    }
    return res;
}

exports.stringifyString = stringifyString;


/***/ }),

/***/ 204:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove node');
/**
 * Apply a visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
function visit(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        visit_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current node */
visit.SKIP = SKIP;
/** Remove the current node */
visit.REMOVE = REMOVE;
function visit_(key, node, visitor, path) {
    const ctrl = callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = visit_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = visit_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = visit_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
/**
 * Apply an async visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `Promise`: Must resolve to one of the following values
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
async function visitAsync(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visitAsync.BREAK = BREAK;
/** Do not visit the children of the current node */
visitAsync.SKIP = SKIP;
/** Remove the current node */
visitAsync.REMOVE = REMOVE;
async function visitAsync_(key, node, visitor, path) {
    const ctrl = await callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = await visitAsync_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = await visitAsync_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = await visitAsync_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
function initVisitor(visitor) {
    if (typeof visitor === 'object' &&
        (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
            Alias: visitor.Node,
            Map: visitor.Node,
            Scalar: visitor.Node,
            Seq: visitor.Node
        }, visitor.Value && {
            Map: visitor.Value,
            Scalar: visitor.Value,
            Seq: visitor.Value
        }, visitor.Collection && {
            Map: visitor.Collection,
            Seq: visitor.Collection
        }, visitor);
    }
    return visitor;
}
function callVisitor(key, node, visitor, path) {
    if (typeof visitor === 'function')
        return visitor(key, node, path);
    if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
    if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
    if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
    if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
    if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
    return undefined;
}
function replaceNode(key, path, node) {
    const parent = path[path.length - 1];
    if (identity.isCollection(parent)) {
        parent.items[key] = node;
    }
    else if (identity.isPair(parent)) {
        if (key === 'key')
            parent.key = node;
        else
            parent.value = node;
    }
    else if (identity.isDocument(parent)) {
        parent.contents = node;
    }
    else {
        const pt = identity.isAlias(parent) ? 'alias' : 'scalar';
        throw new Error(`Cannot replace node with ${pt} parent`);
    }
}

exports.visit = visit;
exports.visitAsync = visitAsync;


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

// NAMESPACE OBJECT: ./src/action/runner.ts
var runner_namespaceObject = {};
__nccwpck_require__.r(runner_namespaceObject);
__nccwpck_require__.d(runner_namespaceObject, {
  error: () => (error),
  getInput: () => (getInput),
  info: () => (info),
  notice: () => (notice),
  setFailed: () => (setFailed),
  setOutput: () => (setOutput),
  setSecret: () => (setSecret),
  summary: () => (summary),
  warning: () => (warning)
});

// EXTERNAL MODULE: external "os"
var external_os_ = __nccwpck_require__(857);
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/utils.js
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * Sanitizes an input into a string so it can be passed into issueCommand safely
 * @param input input to sanitize into a string
 */
function toCommandValue(input) {
    if (input === null || input === undefined) {
        return '';
    }
    else if (typeof input === 'string' || input instanceof String) {
        return input;
    }
    return JSON.stringify(input);
}
/**
 *
 * @param annotationProperties
 * @returns The command properties to send with the actual annotation command
 * See IssueCommandProperties: https://github.com/actions/runner/blob/main/src/Runner.Worker/ActionCommandManager.cs#L646
 */
function toCommandProperties(annotationProperties) {
    if (!Object.keys(annotationProperties).length) {
        return {};
    }
    return {
        title: annotationProperties.title,
        file: annotationProperties.file,
        line: annotationProperties.startLine,
        endLine: annotationProperties.endLine,
        col: annotationProperties.startColumn,
        endColumn: annotationProperties.endColumn
    };
}
//# sourceMappingURL=utils.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/command.js


/**
 * Issues a command to the GitHub Actions runner
 *
 * @param command - The command name to issue
 * @param properties - Additional properties for the command (key-value pairs)
 * @param message - The message to include with the command
 * @remarks
 * This function outputs a specially formatted string to stdout that the Actions
 * runner interprets as a command. These commands can control workflow behavior,
 * set outputs, create annotations, mask values, and more.
 *
 * Command Format:
 *   ::name key=value,key=value::message
 *
 * @example
 * ```typescript
 * // Issue a warning annotation
 * issueCommand('warning', {}, 'This is a warning message');
 * // Output: ::warning::This is a warning message
 *
 * // Set an environment variable
 * issueCommand('set-env', { name: 'MY_VAR' }, 'some value');
 * // Output: ::set-env name=MY_VAR::some value
 *
 * // Add a secret mask
 * issueCommand('add-mask', {}, 'secretValue123');
 * // Output: ::add-mask::secretValue123
 * ```
 *
 * @internal
 * This is an internal utility function that powers the public API functions
 * such as setSecret, warning, error, and exportVariable.
 */
function issueCommand(command, properties, message) {
    const cmd = new Command(command, properties, message);
    process.stdout.write(cmd.toString() + external_os_.EOL);
}
function issue(name, message = '') {
    issueCommand(name, {}, message);
}
const CMD_STRING = '::';
class Command {
    constructor(command, properties, message) {
        if (!command) {
            command = 'missing.command';
        }
        this.command = command;
        this.properties = properties;
        this.message = message;
    }
    toString() {
        let cmdStr = CMD_STRING + this.command;
        if (this.properties && Object.keys(this.properties).length > 0) {
            cmdStr += ' ';
            let first = true;
            for (const key in this.properties) {
                if (this.properties.hasOwnProperty(key)) {
                    const val = this.properties[key];
                    if (val) {
                        if (first) {
                            first = false;
                        }
                        else {
                            cmdStr += ',';
                        }
                        cmdStr += `${key}=${escapeProperty(val)}`;
                    }
                }
            }
        }
        cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
        return cmdStr;
    }
}
function escapeData(s) {
    return toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A')
        .replace(/:/g, '%3A')
        .replace(/,/g, '%2C');
}
//# sourceMappingURL=command.js.map
;// CONCATENATED MODULE: external "crypto"
const external_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");
// EXTERNAL MODULE: external "fs"
var external_fs_ = __nccwpck_require__(9896);
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/file-command.js
// For internal use, subject to change.
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */




function issueFileCommand(command, message) {
    const filePath = process.env[`GITHUB_${command}`];
    if (!filePath) {
        throw new Error(`Unable to find environment variable for file command ${command}`);
    }
    if (!external_fs_.existsSync(filePath)) {
        throw new Error(`Missing file at path: ${filePath}`);
    }
    external_fs_.appendFileSync(filePath, `${toCommandValue(message)}${external_os_.EOL}`, {
        encoding: 'utf8'
    });
}
function prepareKeyValueMessage(key, value) {
    const delimiter = `ghadelimiter_${external_crypto_namespaceObject.randomUUID()}`;
    const convertedValue = toCommandValue(value);
    // These should realistically never happen, but just in case someone finds a
    // way to exploit uuid generation let's not allow keys or values that contain
    // the delimiter.
    if (key.includes(delimiter)) {
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    }
    if (convertedValue.includes(delimiter)) {
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    }
    return `${key}<<${delimiter}${external_os_.EOL}${convertedValue}${external_os_.EOL}${delimiter}`;
}
//# sourceMappingURL=file-command.js.map
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/summary.js
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const { access, appendFile, writeFile } = external_fs_.promises;
const SUMMARY_ENV_VAR = 'GITHUB_STEP_SUMMARY';
const SUMMARY_DOCS_URL = 'https://docs.github.com/actions/using-workflows/workflow-commands-for-github-actions#adding-a-job-summary';
class Summary {
    constructor() {
        this._buffer = '';
    }
    /**
     * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
     * Also checks r/w permissions.
     *
     * @returns step summary file path
     */
    filePath() {
        return __awaiter(this, void 0, void 0, function* () {
            if (this._filePath) {
                return this._filePath;
            }
            const pathFromEnv = process.env[SUMMARY_ENV_VAR];
            if (!pathFromEnv) {
                throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
            }
            try {
                yield access(pathFromEnv, external_fs_.constants.R_OK | external_fs_.constants.W_OK);
            }
            catch (_a) {
                throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
            }
            this._filePath = pathFromEnv;
            return this._filePath;
        });
    }
    /**
     * Wraps content in an HTML tag, adding any HTML attributes
     *
     * @param {string} tag HTML tag to wrap
     * @param {string | null} content content within the tag
     * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
     *
     * @returns {string} content wrapped in HTML element
     */
    wrap(tag, content, attrs = {}) {
        const htmlAttrs = Object.entries(attrs)
            .map(([key, value]) => ` ${key}="${value}"`)
            .join('');
        if (!content) {
            return `<${tag}${htmlAttrs}>`;
        }
        return `<${tag}${htmlAttrs}>${content}</${tag}>`;
    }
    /**
     * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
     *
     * @param {SummaryWriteOptions} [options] (optional) options for write operation
     *
     * @returns {Promise<Summary>} summary instance
     */
    write(options) {
        return __awaiter(this, void 0, void 0, function* () {
            const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
            const filePath = yield this.filePath();
            const writeFunc = overwrite ? writeFile : appendFile;
            yield writeFunc(filePath, this._buffer, { encoding: 'utf8' });
            return this.emptyBuffer();
        });
    }
    /**
     * Clears the summary buffer and wipes the summary file
     *
     * @returns {Summary} summary instance
     */
    clear() {
        return __awaiter(this, void 0, void 0, function* () {
            return this.emptyBuffer().write({ overwrite: true });
        });
    }
    /**
     * Returns the current summary buffer as a string
     *
     * @returns {string} string of summary buffer
     */
    stringify() {
        return this._buffer;
    }
    /**
     * If the summary buffer is empty
     *
     * @returns {boolen} true if the buffer is empty
     */
    isEmptyBuffer() {
        return this._buffer.length === 0;
    }
    /**
     * Resets the summary buffer without writing to summary file
     *
     * @returns {Summary} summary instance
     */
    emptyBuffer() {
        this._buffer = '';
        return this;
    }
    /**
     * Adds raw text to the summary buffer
     *
     * @param {string} text content to add
     * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
     *
     * @returns {Summary} summary instance
     */
    addRaw(text, addEOL = false) {
        this._buffer += text;
        return addEOL ? this.addEOL() : this;
    }
    /**
     * Adds the operating system-specific end-of-line marker to the buffer
     *
     * @returns {Summary} summary instance
     */
    addEOL() {
        return this.addRaw(external_os_.EOL);
    }
    /**
     * Adds an HTML codeblock to the summary buffer
     *
     * @param {string} code content to render within fenced code block
     * @param {string} lang (optional) language to syntax highlight code
     *
     * @returns {Summary} summary instance
     */
    addCodeBlock(code, lang) {
        const attrs = Object.assign({}, (lang && { lang }));
        const element = this.wrap('pre', this.wrap('code', code), attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML list to the summary buffer
     *
     * @param {string[]} items list of items to render
     * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
     *
     * @returns {Summary} summary instance
     */
    addList(items, ordered = false) {
        const tag = ordered ? 'ol' : 'ul';
        const listItems = items.map(item => this.wrap('li', item)).join('');
        const element = this.wrap(tag, listItems);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML table to the summary buffer
     *
     * @param {SummaryTableCell[]} rows table rows
     *
     * @returns {Summary} summary instance
     */
    addTable(rows) {
        const tableBody = rows
            .map(row => {
            const cells = row
                .map(cell => {
                if (typeof cell === 'string') {
                    return this.wrap('td', cell);
                }
                const { header, data, colspan, rowspan } = cell;
                const tag = header ? 'th' : 'td';
                const attrs = Object.assign(Object.assign({}, (colspan && { colspan })), (rowspan && { rowspan }));
                return this.wrap(tag, data, attrs);
            })
                .join('');
            return this.wrap('tr', cells);
        })
            .join('');
        const element = this.wrap('table', tableBody);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds a collapsable HTML details element to the summary buffer
     *
     * @param {string} label text for the closed state
     * @param {string} content collapsable content
     *
     * @returns {Summary} summary instance
     */
    addDetails(label, content) {
        const element = this.wrap('details', this.wrap('summary', label) + content);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML image tag to the summary buffer
     *
     * @param {string} src path to the image you to embed
     * @param {string} alt text description of the image
     * @param {SummaryImageOptions} options (optional) addition image attributes
     *
     * @returns {Summary} summary instance
     */
    addImage(src, alt, options) {
        const { width, height } = options || {};
        const attrs = Object.assign(Object.assign({}, (width && { width })), (height && { height }));
        const element = this.wrap('img', null, Object.assign({ src, alt }, attrs));
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML section heading element
     *
     * @param {string} text heading text
     * @param {number | string} [level=1] (optional) the heading level, default: 1
     *
     * @returns {Summary} summary instance
     */
    addHeading(text, level) {
        const tag = `h${level}`;
        const allowedTag = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].includes(tag)
            ? tag
            : 'h1';
        const element = this.wrap(allowedTag, text);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML thematic break (<hr>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addSeparator() {
        const element = this.wrap('hr', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML line break (<br>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addBreak() {
        const element = this.wrap('br', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML blockquote to the summary buffer
     *
     * @param {string} text quote text
     * @param {string} cite (optional) citation url
     *
     * @returns {Summary} summary instance
     */
    addQuote(text, cite) {
        const attrs = Object.assign({}, (cite && { cite }));
        const element = this.wrap('blockquote', text, attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML anchor tag to the summary buffer
     *
     * @param {string} text link text/content
     * @param {string} href hyperlink
     *
     * @returns {Summary} summary instance
     */
    addLink(text, href) {
        const element = this.wrap('a', text, { href });
        return this.addRaw(element).addEOL();
    }
}
const _summary = new Summary();
/**
 * @deprecated use `core.summary`
 */
const markdownSummary = (/* unused pure expression or super */ null && (_summary));
const summary = _summary;
//# sourceMappingURL=summary.js.map
;// CONCATENATED MODULE: ./src/action/runner.ts
/**
 * The runner protocol (inputs, workflow commands, outputs, job summary), from `@actions/core`'s
 * own modules but not through its index: the index also loads its OIDC client, whose HTTP stack
 * (`@actions/http-client`, undici, tunnel, https) is a megabyte that the action never uses and
 * that alone doubled the action's start-up (measured with bench/startup.mjs).
 *
 * The package's `exports` only name ".", so these are reached by path; the functions below are
 * the index's own, line for line (core.ts of @actions/core 3.0.1), and test/runner.test.ts
 * checks that they write exactly what the index writes.
 */





function getInput(name) {
    return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '').trim();
}
function setSecret(secret) {
    issueCommand('add-mask', {}, secret);
}
function setOutput(name, value) {
    if (process.env['GITHUB_OUTPUT'])
        return issueFileCommand('OUTPUT', prepareKeyValueMessage(name, value));
    process.stdout.write(external_node_os_namespaceObject.EOL);
    issueCommand('set-output', { name }, toCommandValue(value));
}
function error(message, properties = {}) {
    issueCommand('error', toCommandProperties(properties), message);
}
function warning(message, properties = {}) {
    issueCommand('warning', toCommandProperties(properties), message);
}
function notice(message, properties = {}) {
    issueCommand('notice', toCommandProperties(properties), message);
}
function info(message) {
    process.stdout.write(message + external_node_os_namespaceObject.EOL);
}
/** Sets the exit code to 1 and writes the message as an error. */
function setFailed(message) {
    process.exitCode = 1;
    error(message);
}

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
;// CONCATENATED MODULE: ./src/finding.ts
function compareFindings(a, b) {
    if (a.file !== b.file)
        return a.file < b.file ? -1 : 1;
    return a.line - b.line || a.column - b.column || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0) || a.endLine - b.endLine || a.endColumn - b.endColumn;
}

;// CONCATENATED MODULE: ./src/files/source-file.ts
/**
 * The text of one file with a line index. Offsets are JavaScript string indices (UTF-16 code
 * units), which is also what the `yaml` package reports; columns count the same units.
 */
class SourceFile {
    path;
    text;
    hadBom;
    lineStarts;
    constructor(path, text, 
    /** the file began with a UTF-8 byte order mark, which was removed from `text` */
    hadBom = false) {
        this.path = path;
        this.text = text;
        this.hadBom = hadBom;
        const starts = [0];
        for (let i = 0; i < text.length; i++) {
            if (text.charCodeAt(i) === 10)
                starts.push(i + 1);
        }
        this.lineStarts = starts;
    }
    get lineCount() {
        const n = this.lineStarts.length;
        // a final newline does not open another line
        return n > 1 && this.lineStarts[n - 1] === this.text.length ? n - 1 : n;
    }
    /** 1-based line and column of an offset. */
    position(offset) {
        const o = Math.max(0, Math.min(offset, this.text.length));
        let lo = 0;
        let hi = this.lineStarts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (this.lineStarts[mid] <= o)
                lo = mid;
            else
                hi = mid - 1;
        }
        return { line: lo + 1, column: o - this.lineStarts[lo] + 1 };
    }
    /** Span from `start` to `end` (exclusive offset); an empty range covers one column. */
    span(start, end) {
        const a = this.position(start);
        const b = this.position(Math.max(start, end - 1));
        return { file: this.path, line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
    }
    /** Span of a whole line (without its line break). */
    lineSpan(line) {
        const text = this.lineText(line);
        return { file: this.path, line, column: 1, endLine: line, endColumn: Math.max(1, text.length) };
    }
    lineText(line) {
        const start = this.lineStarts[line - 1];
        if (start === undefined)
            return '';
        const next = this.lineStarts[line];
        let end = next === undefined ? this.text.length : next - 1;
        if (end > start && this.text.charCodeAt(end - 1) === 13)
            end--;
        return this.text.slice(start, end);
    }
    /** Offsets (end exclusive) of a span of this file: the inverse of `span`. */
    offsets(span) {
        return [this.lineOffset(span.line) + span.column - 1, this.lineOffset(span.endLine) + span.endColumn];
    }
    /** The text a span covers (within this file). */
    textAt(span) {
        return this.text.slice(...this.offsets(span));
    }
    /** Offset of the first character of a 1-based line. */
    lineOffset(line) {
        return this.lineStarts[line - 1] ?? this.text.length;
    }
}

;// CONCATENATED MODULE: ./src/files/workspace.ts



/** Files larger than this are not read: deployment files are small, anything bigger is not one. */
const MAX_FILE_BYTES = 1024 * 1024;
const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
/**
 * Read-only access to the checked folder. Paths are relative and "/" separated. Nothing outside
 * the folder is read: a symlink that leads out of it is reported, never followed.
 */
class workspace_Workspace {
    root;
    realRoot;
    cache = new Map();
    constructor(root) {
        this.root = root;
        this.realRoot = (0,external_node_fs_namespaceObject.realpathSync)(root);
    }
    /** Where a relative path really leads, or a problem when that is outside the folder. */
    resolve(rel) {
        if ((0,external_node_path_namespaceObject.isAbsolute)(rel) || rel.split('/').includes('..'))
            return { problem: 'is outside the checked folder' };
        const full = (0,external_node_path_namespaceObject.join)(this.root, ...rel.split('/'));
        try {
            (0,external_node_fs_namespaceObject.lstatSync)(full);
        }
        catch {
            return { missing: true };
        }
        let real;
        try {
            real = (0,external_node_fs_namespaceObject.realpathSync)(full);
        }
        catch {
            return { problem: 'is a broken symbolic link' };
        }
        const within = (0,external_node_path_namespaceObject.relative)(this.realRoot, real);
        if (within.startsWith('..' + external_node_path_namespaceObject.sep) || within === '..' || (0,external_node_path_namespaceObject.isAbsolute)(within)) {
            return { problem: 'is a symbolic link that leads outside the checked folder; it was not followed' };
        }
        return { path: real };
    }
    /** a folder inside the checked folder (not followed out of it) */
    isFolder(rel) {
        if (rel === '')
            return true;
        const r = this.resolve(rel);
        if (!('path' in r))
            return false;
        try {
            return (0,external_node_fs_namespaceObject.statSync)(r.path).isDirectory();
        }
        catch {
            return false;
        }
    }
    exists(rel) {
        const r = this.resolve(rel);
        if (!('path' in r))
            return 'problem' in r;
        try {
            return (0,external_node_fs_namespaceObject.statSync)(r.path).isFile();
        }
        catch {
            return false;
        }
    }
    /** Names of the entries of a folder (empty when it is missing or not readable). */
    list(relDir) {
        const r = this.resolve(relDir === '' ? '.' : relDir);
        if (!('path' in r))
            return [];
        try {
            return (0,external_node_fs_namespaceObject.readdirSync)(r.path).sort();
        }
        catch {
            return [];
        }
    }
    read(rel) {
        const hit = this.cache.get(rel);
        if (hit)
            return hit;
        const result = this.readUncached(rel);
        this.cache.set(rel, result);
        return result;
    }
    readUncached(rel) {
        const r = this.resolve(rel);
        if ('missing' in r)
            return { ok: false, missing: true };
        if ('problem' in r)
            return { ok: false, missing: false, problem: r.problem };
        let fd;
        try {
            fd = (0,external_node_fs_namespaceObject.openSync)(r.path, 'r');
        }
        catch (e) {
            return { ok: false, missing: false, problem: `cannot be read (${e.code ?? 'error'})` };
        }
        try {
            const st = (0,external_node_fs_namespaceObject.fstatSync)(fd);
            if (st.isDirectory())
                return { ok: false, missing: false, problem: 'is a folder, not a file' };
            if (!st.isFile())
                return { ok: false, missing: false, problem: 'is not a regular file' };
            if (st.size > MAX_FILE_BYTES) {
                return { ok: false, missing: false, problem: `is ${st.size} bytes, more than the ${MAX_FILE_BYTES} bytes rack-check reads` };
            }
            const buf = Buffer.alloc(st.size);
            let got = 0;
            while (got < st.size) {
                const n = (0,external_node_fs_namespaceObject.readSync)(fd, buf, got, st.size - got, got);
                if (n === 0)
                    break;
                got += n;
            }
            const bytes = buf.subarray(0, got);
            if (bytes.includes(0))
                return { ok: false, missing: false, problem: 'is a binary file (it contains NUL bytes)' };
            let text;
            try {
                text = decoder.decode(bytes);
            }
            catch {
                return { ok: false, missing: false, problem: 'is not valid UTF-8 text' };
            }
            const hadBom = text.charCodeAt(0) === 0xfeff;
            return { ok: true, file: new SourceFile(rel, hadBom ? text.slice(1) : text, hadBom) };
        }
        catch (e) {
            return { ok: false, missing: false, problem: `cannot be read (${e.code ?? 'error'})` };
        }
        finally {
            (0,external_node_fs_namespaceObject.closeSync)(fd);
        }
    }
}

;// CONCATENATED MODULE: ./src/model/paths.ts
/** Resolves a path as a process whose working directory is `cwd` (absolute) would: `.`, `..` and repeated `/` folded. */
function resolvePath(cwd, p) {
    const parts = (p.startsWith('/') ? p : cwd + '/' + p).split('/');
    const out = [];
    for (const part of parts) {
        if (part === '' || part === '.')
            continue;
        if (part === '..')
            out.pop();
        else
            out.push(part);
    }
    return '/' + out.join('/');
}

;// CONCATENATED MODULE: ./src/model/shell.ts
/**
 * POSIX shell word splitting for one Procfile command, with the source offset of every character.
 *
 * Supported: blanks, single and double quotes, backslashes, `$NAME`, `${NAME}`,
 * `${NAME:-word}` and the other default/alternative forms, field splitting of unquoted expansions,
 * leading `NAME=value` assignments, `&&` and `;` lists, redirections and `#` comments.
 * Anything else that changes what runs (pipes, `||`, `&`, subshells, command substitution,
 * `$'…'`, other parameter operators) makes the command "not followable": the caller must not
 * guess what it runs.
 */
class Unsupported extends Error {
    start;
    end;
    what;
    constructor(start, end, what) {
        super(what);
        this.start = start;
        this.end = end;
        this.what = what;
    }
}
const NAME_START = /[A-Za-z_]/;
const NAME_CHAR = /[A-Za-z0-9_]/;
const BLANK = new Set([' ', '\t']);
const IFS = new Set([' ', '\t', '\n']);
const SPECIAL_PARAMS = new Set(['@', '*', '#', '?', '-', '$', '!', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9']);
function parseShell(src, base, env) {
    const p = new Parser(src, base, env);
    try {
        p.run();
        return { commands: p.commands, unsupported: null };
    }
    catch (e) {
        if (e instanceof Unsupported)
            return { commands: p.commands, unsupported: { start: e.start, end: e.end, what: e.what } };
        throw e;
    }
}
class Parser {
    src;
    base;
    env;
    i = 0;
    commands = [];
    vars = new Map();
    constructor(src, base, env) {
        this.src = src;
        this.base = base;
        this.env = env;
    }
    at(i = this.i) {
        return this.src[i] ?? '';
    }
    off(i) {
        return this.base + i;
    }
    lookup(name) {
        return this.vars.has(name) ? this.vars.get(name) : this.env.get(name);
    }
    run() {
        let rawWords = [];
        let cmdStart = -1;
        const finish = (end) => {
            if (rawWords.length > 0)
                this.commands.push(this.build(rawWords, cmdStart, end));
            rawWords = [];
            cmdStart = -1;
        };
        while (this.i < this.src.length) {
            const c = this.at();
            if (BLANK.has(c)) {
                this.i++;
                continue;
            }
            if (c === '#')
                break; // a comment runs to the end of the line
            if (c === '\n') {
                finish(this.i);
                this.i++;
                continue;
            }
            if (c === ';') {
                if (this.at(this.i + 1) === ';')
                    throw new Unsupported(this.off(this.i), this.off(this.i + 2), '`;;`');
                finish(this.i);
                this.i++;
                continue;
            }
            if (c === '&' && this.at(this.i + 1) === '&') {
                if (rawWords.length === 0)
                    throw new Unsupported(this.off(this.i), this.off(this.i + 2), 'a `&&` with no command before it');
                finish(this.i);
                this.i += 2;
                continue;
            }
            if (c === '|') {
                const two = this.at(this.i + 1) === '|';
                throw new Unsupported(this.off(this.i), this.off(this.i + (two ? 2 : 1)), two ? 'an `||` list' : 'a pipe');
            }
            if (c === '&' && this.at(this.i + 1) !== '>')
                throw new Unsupported(this.off(this.i), this.off(this.i + 1), 'a background `&`');
            if (c === '(' || c === ')')
                throw new Unsupported(this.off(this.i), this.off(this.i + 1), 'a subshell');
            if (this.redirection())
                continue;
            if (cmdStart < 0)
                cmdStart = this.i;
            const word = this.word(false);
            if (word.length === 1 && !word[0].quoted && !word[0].expanded && (word[0].text === '{' || word[0].text === '}') && rawWords.length === 0) {
                throw new Unsupported(word[0].srcStart, word[0].srcEnd, 'a `{ …; }` group');
            }
            rawWords.push(word);
        }
        finish(this.i);
    }
    /** Skips a redirection (`>file`, `2>&1`, `>> log`, `< in`, `&> all`); true when one was read. */
    redirection() {
        const m = /^(\d*)(>>|>&|>\||<&|<>|<<|>|<|&>>|&>)/.exec(this.src.slice(this.i));
        if (!m)
            return false;
        if (m[2] === '<<')
            throw new Unsupported(this.off(this.i), this.off(this.i + 2), 'a here-document');
        const start = this.i;
        this.i += m[0].length;
        while (BLANK.has(this.at()))
            this.i++;
        if ((m[2] === '>&' || m[2] === '<&') && /^(\d+|-)/.test(this.src.slice(this.i))) {
            this.i += /^(\d+|-)/.exec(this.src.slice(this.i))[0].length;
            return true;
        }
        if (this.i >= this.src.length || /[;&|<>()\n]/.test(this.at())) {
            throw new Unsupported(this.off(start), this.off(this.i), 'a redirection without a target');
        }
        this.word(false);
        return true;
    }
    /**
     * Reads one word as pieces. `inBrace` stops at an unquoted `}` (the word of `${X:-word}`),
     * where blanks are part of the word.
     */
    word(inBrace) {
        const pieces = [];
        let lit = null;
        const literal = (ch, at, quoted) => {
            if (!lit || lit.quoted !== quoted) {
                lit = { text: '', offsets: [], quoted, expanded: false, unknown: false, vars: [], unknownVars: [], srcStart: this.off(at), srcEnd: this.off(at) };
                pieces.push(lit);
            }
            lit.text += ch;
            lit.offsets.push(this.off(at));
            lit.srcEnd = this.off(at + 1);
        };
        const quotedEmpty = (at, end) => {
            pieces.push({ text: '', offsets: [], quoted: true, expanded: false, unknown: false, vars: [], unknownVars: [], srcStart: this.off(at), srcEnd: this.off(end) });
            lit = null;
        };
        while (this.i < this.src.length) {
            const c = this.at();
            if (inBrace) {
                if (c === '}')
                    break;
            }
            else if (BLANK.has(c) || c === '\n' || /[;&|()<>]/.test(c)) {
                break;
            }
            if (c === '\\') {
                const n = this.at(this.i + 1);
                if (n === '') {
                    literal('\\', this.i, false);
                    this.i++;
                }
                else if (n === '\n') {
                    this.i += 2;
                }
                else {
                    literal(n, this.i + 1, true);
                    this.i += 2;
                }
                continue;
            }
            if (c === "'") {
                const close = this.src.indexOf("'", this.i + 1);
                if (close < 0)
                    throw new Unsupported(this.off(this.i), this.off(this.src.length), 'an unterminated single quote');
                const before = pieces.length;
                if (close === this.i + 1)
                    quotedEmpty(this.i, close + 1);
                for (let k = this.i + 1; k < close; k++)
                    literal(this.src[k], k, true);
                this.cover(pieces, before, this.i, close + 1);
                this.i = close + 1;
                lit = null;
                continue;
            }
            if (c === '"') {
                const open = this.i;
                const before = pieces.length;
                this.i++;
                let any = false;
                while (this.i < this.src.length && this.at() !== '"') {
                    const d = this.at();
                    if (d === '\\' && /[$`"\\\n]/.test(this.at(this.i + 1))) {
                        if (this.at(this.i + 1) !== '\n')
                            literal(this.at(this.i + 1), this.i + 1, true);
                        this.i += 2;
                        any = true;
                        continue;
                    }
                    if (d === '`')
                        throw new Unsupported(this.off(this.i), this.off(this.i + 1), 'a command substitution');
                    if (d === '$') {
                        const exp = this.dollar(true);
                        if (exp) {
                            pieces.push(...exp);
                            lit = null;
                            any = true;
                            continue;
                        }
                    }
                    literal(d, this.i, true);
                    this.i++;
                    any = true;
                }
                if (this.at() !== '"')
                    throw new Unsupported(this.off(open), this.off(this.src.length), 'an unterminated double quote');
                if (!any)
                    quotedEmpty(open, this.i + 1);
                this.cover(pieces, before, open, this.i + 1);
                this.i++;
                lit = null;
                continue;
            }
            if (c === '`')
                throw new Unsupported(this.off(this.i), this.off(this.i + 1), 'a command substitution');
            if (c === '$') {
                const exp = this.dollar(false);
                if (exp) {
                    pieces.push(...exp);
                    lit = null;
                    continue;
                }
            }
            literal(c, this.i, false);
            this.i++;
        }
        return pieces;
    }
    /** Makes the pieces read inside quotes cover the quotes too (a word's span is as written). */
    cover(pieces, from, open, close) {
        if (pieces.length <= from)
            return;
        pieces[from].srcStart = Math.min(pieces[from].srcStart, this.off(open));
        const last = pieces[pieces.length - 1];
        last.srcEnd = Math.max(last.srcEnd, this.off(close));
    }
    /** Reads an expansion at `$`; null when the `$` is a literal dollar sign. */
    dollar(quoted) {
        const start = this.i;
        const n = this.at(start + 1);
        if (n === '(')
            throw new Unsupported(this.off(start), this.off(start + 2), n + this.at(start + 2) === '((' ? 'an arithmetic expansion' : 'a command substitution');
        if (n === "'" && !quoted)
            throw new Unsupported(this.off(start), this.off(start + 2), "a `$'…'` string");
        if (n === '"' && !quoted)
            throw new Unsupported(this.off(start), this.off(start + 2), 'a `$"…"` string');
        if (SPECIAL_PARAMS.has(n))
            throw new Unsupported(this.off(start), this.off(start + 2), `the special parameter \`$${n}\``);
        if (NAME_START.test(n)) {
            let j = start + 1;
            while (NAME_CHAR.test(this.at(j)))
                j++;
            const name = this.src.slice(start + 1, j);
            this.i = j;
            return [this.valuePiece(name, this.lookup(name), quoted, start, j, true)];
        }
        if (n !== '{')
            return null;
        let j = start + 2;
        if (!NAME_START.test(this.at(j)))
            throw new Unsupported(this.off(start), this.off(j + 1), 'a `${…}` form rack-check does not follow');
        while (NAME_CHAR.test(this.at(j)))
            j++;
        const name = this.src.slice(start + 2, j);
        if (this.at(j) === '}') {
            this.i = j + 1;
            return [this.valuePiece(name, this.lookup(name), quoted, start, j + 1, true)];
        }
        const op = /^(:?[-=+?])/.exec(this.src.slice(j));
        if (!op)
            throw new Unsupported(this.off(start), this.off(j + 1), 'a `${…}` form rack-check does not follow');
        if (op[1].endsWith('?'))
            throw new Unsupported(this.off(start), this.off(j + op[1].length), 'a `${NAME?…}` form');
        this.i = j + op[1].length;
        const inner = this.word(true);
        if (this.at() !== '}')
            throw new Unsupported(this.off(start), this.off(this.src.length), 'an unterminated `${`');
        this.i++;
        const end = this.i;
        const value = this.lookup(name);
        const colon = op[1].startsWith(':');
        const isSet = value !== undefined && (!colon || value !== '');
        const kind = op[1].slice(-1);
        let useWord;
        if (kind === '+')
            useWord = isSet;
        else
            useWord = !isSet;
        if (kind === '=' && useWord)
            this.vars.set(name, inner.map((q) => q.text).join(''));
        if (!useWord) {
            if (kind === '+')
                return [this.emptyPiece(quoted, start, end)];
            return [this.valuePiece(name, value, quoted, start, end, false)];
        }
        // the word of `${X:-word}`: inside double quotes it is not split; its own quotes still count
        return inner.map((q) => ({ ...q, quoted: q.quoted || quoted, expanded: true, srcStart: Math.min(q.srcStart, this.off(start)), srcEnd: this.off(end) }));
    }
    emptyPiece(quoted, start, end) {
        return { text: '', offsets: [], quoted, expanded: true, unknown: false, vars: [], unknownVars: [], srcStart: this.off(start), srcEnd: this.off(end) };
    }
    valuePiece(name, value, quoted, start, end, bare) {
        if (value === undefined && bare && this.env.unsetBare === 'unknown') {
            const text = this.src.slice(start, end);
            return {
                text,
                offsets: Array.from(text, (_, k) => this.off(start + k)),
                quoted: true, // an unknown value is kept as one word
                expanded: true,
                unknown: true,
                vars: [name],
                unknownVars: [name],
                srcStart: this.off(start),
                srcEnd: this.off(end)
            };
        }
        const text = value ?? '';
        return {
            text,
            offsets: Array.from(text, () => this.off(start)),
            quoted,
            expanded: true,
            unknown: false,
            vars: [name],
            unknownVars: [],
            srcStart: this.off(start),
            srcEnd: this.off(end)
        };
    }
    /** Turns raw words into a simple command: assignments first, then fields after splitting. */
    build(rawWords, start, end) {
        const assignments = [];
        const words = [];
        let k = 0;
        for (; k < rawWords.length; k++) {
            const w = rawWords[k];
            const first = w[0];
            const m = first && !first.quoted && !first.expanded ? /^([A-Za-z_][A-Za-z0-9_]*)=/.exec(first.text) : null;
            if (!m)
                break;
            const rest = [{ ...first, text: first.text.slice(m[0].length), offsets: first.offsets.slice(m[0].length) }, ...w.slice(1)];
            const value = joinPieces(rest, first.srcStart + m[0].length, w[w.length - 1].srcEnd);
            assignments.push({ name: m[1], value, start: first.srcStart, end: w[w.length - 1].srcEnd });
        }
        for (; k < rawWords.length; k++)
            words.push(...splitFields(rawWords[k]));
        // an assignment-only command sets shell variables for what follows
        if (words.length === 0)
            for (const a of assignments)
                if (!a.value.unknown)
                    this.vars.set(a.name, a.value.text);
        return { assignments, words, start: this.off(start), end: this.off(end) };
    }
}
function newWord(at) {
    return { text: '', offsets: [], start: at, end: at, unknown: false, unknownVars: [], vars: [] };
}
function addPiece(w, p, text, offsets) {
    if (w.text === '' && w.offsets.length === 0 && w.start === w.end)
        w.start = p.srcStart;
    w.start = Math.min(w.start, p.srcStart);
    w.end = Math.max(w.end, p.srcEnd);
    w.text += text;
    w.offsets.push(...offsets);
    if (p.unknown)
        w.unknown = true;
    for (const v of p.unknownVars)
        if (!w.unknownVars.includes(v))
            w.unknownVars.push(v);
    for (const v of p.vars)
        if (!w.vars.includes(v))
            w.vars.push(v);
}
function joinPieces(pieces, start, end) {
    const w = newWord(start);
    w.end = end;
    for (const p of pieces)
        addPiece(w, p, p.text, p.offsets);
    w.start = start;
    return w;
}
/** Field splitting: unquoted expansion results split on blanks; an empty unquoted result vanishes. */
function splitFields(pieces) {
    const out = [];
    let cur = null;
    for (const p of pieces) {
        if (p.expanded && !p.quoted) {
            for (let k = 0; k < p.text.length; k++) {
                const ch = p.text[k];
                if (IFS.has(ch)) {
                    if (cur)
                        out.push(cur);
                    cur = null;
                }
                else {
                    cur ??= newWord(p.srcStart);
                    addPiece(cur, p, ch, [p.offsets[k]]);
                }
            }
            if (cur)
                addPiece(cur, p, '', []);
        }
        else {
            cur ??= newWord(p.srcStart);
            addPiece(cur, p, p.text, p.offsets);
        }
    }
    if (cur)
        out.push(cur);
    return out;
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __nccwpck_require__(8815);
;// CONCATENATED MODULE: ./src/model/yaml-tree.ts
/**
 * A YAML file as Cloud 66 reads it (Ruby's Psych: YAML 1.1, the last of duplicate keys wins,
 * `<<` merge keys applied in the order written), as a small tree in which every key and value
 * keeps its exact position. Parsed with the `yaml` package; nothing here is a regex parser.
 */

/**
 * ERB control tags (`<% if … %>`) are blanked out before parsing, keeping every offset; output
 * tags (`<%= … %>`) stay in the text and mark the scalar that holds them as unknown.
 */
function blankErbControlTags(text) {
    return text.replace(/<%(?!=)[\s\S]*?%>/g, (tag) => tag.replace(/[^\n]/g, ' '));
}
function parseYamlTree(file) {
    const doc = (0,dist/* parseDocument */.Tp)(blankErbControlTags(file.text), { version: '1.1', uniqueKeys: false, prettyErrors: false, keepSourceTokens: false });
    const tree = { file, root: null, error: null, duplicates: [] };
    const first = doc.errors[0];
    if (first) {
        tree.error = { at: file.span(first.pos[0], first.pos[1]), message: first.message.replace(/\s+at line \d+, column \d+:?\s*$/s, '') };
        return tree;
    }
    const root = convert(doc, doc.contents, tree, 0, new Set(), { nodes: 0 });
    if (!tree.error)
        tree.root = root;
    return tree;
}
const MAX_DEPTH = 64;
/** aliases copy whole subtrees; past this many nodes the file is an alias bomb, not a manifest */
const MAX_NODES = 100_000;
function convert(doc, node, tree, depth, resolving, count) {
    if (!node || depth > MAX_DEPTH || tree.error)
        return null;
    if (++count.nodes > MAX_NODES) {
        tree.error = { at: span(tree.file, node), message: `its aliases expand to more than ${MAX_NODES} values` };
        return null;
    }
    if ((0,dist/* isAlias */.Vj)(node)) {
        const target = node.resolve(doc);
        // Psych refuses an alias to an anchor that is not defined before it ("Unknown alias")
        if (!target) {
            tree.error ??= { at: span(tree.file, node), message: `Unknown alias \`*${node.source}\`` };
            return null;
        }
        // a cycle (`a: &x [*x]`): nothing usable
        if (resolving.has(target))
            return null;
        resolving.add(target);
        const out = convert(doc, target, tree, depth + 1, resolving, count);
        resolving.delete(target);
        return out;
    }
    const at = span(tree.file, node);
    if ((0,dist/* isScalar */.jn)(node))
        return scalar(node, at);
    if ((0,dist/* isSeq */.oP)(node))
        return { kind: 'seq', at, items: node.items.map((i) => convert(doc, i, tree, depth + 1, resolving, count)) };
    if ((0,dist/* isMap */.jh)(node)) {
        const pairs = [];
        const put = (p) => {
            const i = pairs.findIndex((q) => q.key === p.key);
            if (i >= 0) {
                if (!p.merged && !pairs[i].merged)
                    tree.duplicates.push({ key: p.key, lost: pairs[i].keyAt, kept: p.keyAt });
                pairs.splice(i, 1);
            }
            pairs.push(p);
        };
        for (const pair of node.items) {
            const k = pair.key;
            if ((0,dist/* isScalar */.jn)(k) && typeof k.value === 'symbol') {
                // `<<: *anchor` or `<<: [*a, *b]`: Psych merges the hash(es) here, in order
                const v = convert(doc, pair.value, tree, depth + 1, resolving, count);
                const sources = v?.kind === 'map' ? [v] : v?.kind === 'seq' ? v.items.filter((i) => i?.kind === 'map') : [];
                for (const m of sources)
                    for (const p of m.pairs)
                        put({ ...p, merged: true });
                continue;
            }
            const key = keyText(doc, k);
            if (key === null)
                continue;
            put({ key, keyAt: k ? span(tree.file, k) : at, value: convert(doc, pair.value, tree, depth + 1, resolving, count), merged: false });
        }
        return { kind: 'map', at, pairs };
    }
    return null;
}
function keyText(doc, k) {
    if (!k)
        return '';
    const n = (0,dist/* isAlias */.Vj)(k) ? k.resolve(doc) : k;
    if ((0,dist/* isScalar */.jn)(n))
        return n.value === null ? '' : String(n.value);
    return null;
}
function scalar(node, at) {
    const v = node.value;
    const value = typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? v : typeof v === 'bigint' ? Number(v) : v === null || v === undefined ? null : String(v);
    const quoted = node.type !== undefined && node.type !== 'PLAIN';
    return { kind: 'scalar', at, value, quoted, erb: typeof v === 'string' && v.includes('<%=') };
}
function span(file, node) {
    const [start, end] = node.range ?? [0, 0];
    // a block value's range ends after its last line break; point at its text only
    let e = end;
    while (e > start && /\s/.test(file.text[e - 1]))
        e--;
    return file.span(start, Math.max(e, start + 1));
}
/** The value of a key in a mapping, if the node is one. */
function get(node, key) {
    return node?.kind === 'map' ? node.pairs.find((p) => p.key === key) : undefined;
}
/** How a node is shown in a message: a scalar's text, else its kind. */
function shown(node) {
    if (!node)
        return 'nothing';
    if (node.kind === 'scalar')
        return node.value === null ? 'nothing' : String(node.value);
    return node.kind === 'map' ? 'a mapping' : 'a list';
}

;// CONCATENATED MODULE: ./src/model/deploy-hooks.ts



const ENGINES = ['redis', 'mysql', 'postgresql', 'mongodb', 'elasticsearch', 'rabbitmq', 'glusterfs', 'influxdb'];
const REPLICATION = ['glusterfs_config', 'redis_replication', 'mongodb_replication', 'mysql_replication', 'postgresql_replication'];
const FRAMEWORKS = ['rails', 'rack', 'sinatra', 'padrino'];
const PAIRED = ['agent', ...ENGINES, ...REPLICATION, 'data_mount', 'haproxy', 'node', 'nginx', 'docker', 'processes', ...FRAMEWORKS];
/** The union of the 2022 and current hook-point lists, x, y and z expanded (cloud66.md §7.4). */
const HOOK_POINTS = new Set([
    'first_thing',
    ...PAIRED.flatMap((p) => [`before_${p}`, `after_${p}`]),
    'custom_server',
    'after_checkout',
    'after_bundle',
    'after_symlink',
    'before_restart',
    'last_thing'
]);
function parseDeployHooks(file, environment) {
    const tree = parseYamlTree(file);
    const out = { file, tree, points: [], hooks: [], applying: [], copies: [] };
    if (tree.root?.kind !== 'map')
        return out;
    for (const top of tree.root.pairs) {
        // a top-level hook point, or a list (a hook point under any name), means "no environment level";
        // an empty environment (`production:` and nothing under it) holds no hooks
        const empty = top.value === null || (top.value.kind === 'scalar' && top.value.value === null);
        if (HOOK_POINTS.has(top.key) || (top.value?.kind !== 'map' && !empty))
            out.points.push({ environment: null, name: top.key, keyAt: top.keyAt, value: top.value });
        else if (top.value?.kind === 'map')
            for (const p of top.value.pairs)
                out.points.push({ environment: top.key, name: p.key, keyAt: p.keyAt, value: p.value });
    }
    for (const point of out.points) {
        if (point.value?.kind !== 'seq')
            continue;
        for (const item of point.value.items)
            if (item?.kind === 'map')
                out.hooks.push({ point, map: item });
    }
    out.applying = out.hooks.filter((h) => h.point.environment === null || h.point.environment === environment);
    out.copies = out.applying.flatMap((h) => copiesOf(h));
    return out;
}
/** A hook's string field, with its position. */
function field(hook, key) {
    const p = get(hook.map, key);
    const v = p?.value;
    return v?.kind === 'scalar' && v.value !== null ? { text: String(v.value), at: v.at, erb: v.erb } : null;
}
const STACK = '/$STACK_PATH';
const STACK_ERB = /^<%=\s*ENV\[\s*['"](?:RAILS_)?STACK_PATH['"]\s*\]\s*%>/;
/** An absolute path under the stack path, as an app path; null when it is elsewhere. */
function inStack(path) {
    const p = resolvePath('/', path);
    return p === STACK ? '' : p.startsWith(STACK + '/') ? p.slice(STACK.length + 1) : null;
}
function copiesOf(hook) {
    const buildOnly = field(hook, 'apply_during')?.text === 'build_only';
    const source = field(hook, 'source');
    const destination = field(hook, 'destination');
    if (source && destination) {
        // `source:` paths start at the repository root; `destination:` usually names the stack path through ERB
        const dest = destination.text.replace(STACK_ERB, STACK);
        const to = inStack(dest);
        if (to === null || to === '')
            return [];
        const from = resolvePath('/', source.text).slice(1);
        return [{ hook, at: destination.at, destination: to, source: from, buildOnly }];
    }
    const command = field(hook, 'command');
    if (!command)
        return [];
    return shellCopies(command.text).map((c) => ({ hook, at: command.at, destination: c.to, source: c.from, buildOnly }));
}
/** The simple commands of a hook command; constructs the shell model does not follow are skipped. */
function hookCommands(text) {
    const env = { get: (n) => (n === 'STACK_PATH' || n === 'RAILS_STACK_PATH' ? STACK : undefined), unsetBare: 'unknown' };
    const out = [];
    let rest = text;
    for (let guard = 0; rest.trim() !== '' && guard < 100; guard++) {
        const p = parseShell(rest, 0, env);
        if (!p.unsupported) {
            out.push(...p.commands);
            break;
        }
        // what comes before an unsupported construct (`|| true`, a pipe) still runs; go on after it
        out.push(...parseShell(rest.slice(0, p.unsupported.start), 0, env).commands);
        rest = rest.slice(Math.max(p.unsupported.end, p.unsupported.start + 1));
    }
    return out;
}
/** The words of a command after `sudo`, `bundle exec` and similar prefixes. */
function programWords(c) {
    const words = c.words.map((w) => w.text);
    while (words.length) {
        if (words[0] === 'sudo' || words[0] === 'nohup' || words[0] === 'exec' || words[0] === 'env')
            words.shift();
        else if (words[0] === 'bundle' && words[1] === 'exec')
            words.splice(0, 2);
        else if (words[0].includes('=') && !words[0].startsWith('-'))
            words.shift();
        else
            break;
    }
    return words;
}
function shellCopies(text) {
    // hook commands start in /tmp/deploy_hooks (cloud66.md §7.2)
    let cwd = '/tmp/deploy_hooks';
    const out = [];
    const abs = (p) => resolvePath(cwd, p);
    for (const c of hookCommands(text)) {
        const words = programWords(c);
        const args = words.slice(1).filter((w) => !w.startsWith('-'));
        if (words[0] === 'cd' && args.length === 1)
            cwd = abs(args[0]);
        if ((words[0] !== 'cp' && words[0] !== 'mv') || args.length !== 2 || c.words.some((w) => w.unknown))
            continue;
        const src = abs(args[0]);
        let dst = inStack(abs(args[1]));
        if (dst === null)
            continue;
        if (args[1].endsWith('/') || dst === '' || dst === 'config')
            dst = (dst ? dst + '/' : '') + src.split('/').pop();
        out.push({ from: inStack(src), to: dst });
    }
    return out;
}

;// CONCATENATED MODULE: ./src/model/gemfile-lock.ts
/** Server-relevant gems: their locked versions decide version-dependent behaviour. */
const SERVER_GEMS = (/* unused pure expression or super */ null && (['puma', 'thin', 'unicorn', 'passenger', 'rack', 'rackup', 'railties', 'falcon', 'webrick']));
/**
 * Reads the `specs:` entries of a Gemfile.lock (`GEM`, `GIT` and `PATH` sections): four spaces,
 * `name (version)`. Platform-specific variants share one version.
 */
function parseLockfile(file) {
    const gems = new Map();
    let inSpecs = false;
    let sawSpecs = false;
    for (let line = 1; line <= file.lineCount; line++) {
        const text = file.lineText(line);
        if (/^\S/.test(text)) {
            inSpecs = false;
            continue;
        }
        if (/^ {2}specs:\s*$/.test(text)) {
            inSpecs = true;
            sawSpecs = true;
            continue;
        }
        if (/^ {2}\S/.test(text)) {
            inSpecs = false;
            continue;
        }
        if (!inSpecs)
            continue;
        const m = /^ {4}([^\s(]+) \(([^)\s]+)\)\s*$/.exec(text);
        if (!m)
            continue;
        const version = m[2].replace(/-[A-Za-z_].*$/, '');
        if (!gems.has(m[1])) {
            const start = file.lineOffset(line) + 4;
            gems.set(m[1], { name: m[1], version, line, start, end: start + m[1].length + m[2].length + 3 });
        }
    }
    return { file, gems, valid: sawSpecs };
}

;// CONCATENATED MODULE: ./src/model/manifest.ts

/** Keys that mean "no environment level" when they are at the top (cloud66.md §3.4, corpus §7.2). */
const COMPONENT_KEYS = new Set([
    'rails',
    'rack',
    'sinatra',
    'padrino',
    'docker',
    'elasticsearch',
    'gateway',
    'glusterfs',
    'load_balancer',
    'loadbalancer',
    'memcached',
    'mongodb',
    'mysql',
    'nginx',
    'postgis',
    'postgresql',
    'redis',
    'haproxy',
    'environment_variables',
    'procfile_metadata',
    'experiments',
    'extra_packages',
    'databases',
    'node'
]);
function parseManifest(file, environment) {
    const tree = parseYamlTree(file);
    const out = { file, tree, environments: [], metadata: [], applying: [] };
    const root = tree.root;
    if (root?.kind !== 'map')
        return out;
    for (const pair of root.pairs) {
        if (pair.key === 'procfile_metadata')
            out.metadata.push({ environment: null, keyAt: pair.keyAt, value: pair.value });
        else if (!COMPONENT_KEYS.has(pair.key) && pair.value?.kind === 'map') {
            out.environments.push(pair);
            const m = get(pair.value, 'procfile_metadata');
            if (m)
                out.metadata.push({ environment: pair.key, keyAt: m.keyAt, value: m.value });
        }
    }
    out.applying = out.metadata.filter((b) => b.environment === null || b.environment === environment);
    return out;
}
/** A process's settings under one block, when the block maps it to a mapping. */
function processSettings(block, process) {
    const p = get(block.value, process);
    return p && p.value?.kind === 'map' ? { keyAt: p.keyAt, map: p.value } : null;
}
/** The key under which a block names the custom web process (`web` or `custom_web`). */
const WEB_KEYS = ['custom_web', 'web'];
/**
 * The block that decides for the selected environment: the environment's own block when it has
 * one, else the top level (whether Cloud 66 merges the two is unconfirmed; cloud66.md §3.7 says
 * to use the environment's block and to say so).
 */
function effectiveBlock(manifest) {
    return manifest.applying.find((b) => b.environment !== null) ?? manifest.applying[0] ?? null;
}
/**
 * One setting of the custom web process as it applies; `custom_web` wins over `web` within the
 * block (a guess; both present gets a notice).
 */
function webSetting(manifest, key) {
    const block = effectiveBlock(manifest);
    if (!block)
        return null;
    for (const process of WEB_KEYS) {
        const s = processSettings(block, process);
        const pair = s ? get(s.map, key) : undefined;
        if (pair)
            return { pair, block, process };
    }
    return null;
}

;// CONCATENATED MODULE: ./src/model/procfile.ts
const NAME = /^[A-Za-z0-9_-]+$/;
/**
 * Reads a Procfile the way Heroku and foreman do (`^([A-Za-z0-9_-]+):\s*(.+)$` per line), and also
 * keeps what those readers drop silently so that it can be reported: indented entries, lines
 * without a colon, bad names, empty commands and commented-out entries.
 */
function parseProcfile(file) {
    const entries = [];
    const invalid = [];
    const commentedEntries = [];
    const crlfLines = [];
    const text = file.text;
    for (let line = 1; line <= file.lineCount; line++) {
        const start = file.lineOffset(line);
        const raw = file.lineText(line);
        const rawEnd = start + raw.length;
        if (text.charCodeAt(rawEnd) === 13)
            crlfLines.push(line);
        const trimmedEnd = raw.replace(/[ \t]+$/, '');
        if (trimmedEnd.trim() === '')
            continue;
        const indent = trimmedEnd.length - trimmedEnd.trimStart().length;
        const body = trimmedEnd.slice(indent);
        if (body.startsWith('#')) {
            const m = /^#+[ \t]*([A-Za-z0-9_-]+)[ \t]*:/.exec(body);
            if (m)
                commentedEntries.push({ line, start: start + indent, end: start + trimmedEnd.length, name: m[1] });
            continue;
        }
        const colon = body.indexOf(':');
        if (colon < 0) {
            invalid.push({ line, start: start + indent, end: start + trimmedEnd.length, reason: 'no-colon' });
            continue;
        }
        const name = body.slice(0, colon);
        if (!NAME.test(name)) {
            invalid.push({ line, start: start + indent, end: start + indent + Math.max(colon, 1), reason: 'bad-name' });
            continue;
        }
        if (indent > 0) {
            invalid.push({ line, start, end: start + trimmedEnd.length, reason: 'indented', name });
            continue;
        }
        const afterColon = body.slice(colon + 1);
        const lead = afterColon.length - afterColon.trimStart().length;
        const command = afterColon.slice(lead);
        if (command === '') {
            invalid.push({ line, start, end: start + trimmedEnd.length, reason: 'empty-command', name });
            continue;
        }
        const commandStart = start + colon + 1 + lead;
        entries.push({
            name,
            line,
            nameStart: start,
            nameEnd: start + colon,
            command,
            commandStart,
            commandEnd: commandStart + command.length
        });
    }
    // A reader that keeps entries in a map by name (Heroku, foreman's `[]`) keeps the last one.
    const duplicates = [];
    const last = new Map();
    for (const e of entries) {
        const prev = last.get(e.name);
        if (prev)
            duplicates.push([prev, e]);
        last.set(e.name, e);
    }
    return { file, entries, invalid, commentedEntries, crlfLines, duplicates };
}
/** The entry that wins for a name (the last one), if any. */
function procfileEntry(p, name) {
    for (let i = p.entries.length - 1; i >= 0; i--)
        if (p.entries[i].name === name)
            return p.entries[i];
    return undefined;
}

;// CONCATENATED MODULE: ./src/model/app.ts




const LOCKFILES = ['Gemfile.lock', 'gems.locked'];
const MANIFEST = '.cloud66/manifest.yml';
const DEPLOY_HOOKS = '.cloud66/deploy_hooks.yml';
function join(root, p) {
    return root === '' ? p : `${root}/${p}`;
}
/** Is there anything Cloud 66 deploys from in this folder? */
function hasDeploymentFiles(ws, root) {
    if (ws.exists(join(root, 'Procfile')))
        return true;
    if (ws.list(root).some((n) => n.startsWith('Procfile_')))
        return true;
    return ws.exists(join(root, MANIFEST)) || ws.exists(join(root, DEPLOY_HOOKS));
}
function loadApp(ws, root, environment) {
    const unreadable = [];
    const read = (rel) => {
        const r = ws.read(join(root, rel));
        if (r.ok)
            return r.file;
        if (!r.missing)
            unreadable.push({ path: join(root, rel), problem: r.problem });
        return null;
    };
    const manifestFile = read(MANIFEST);
    const hooksFile = read(DEPLOY_HOOKS);
    const deployHooks = hooksFile ? parseDeployHooks(hooksFile, environment) : null;
    const replaced = new Map();
    for (const c of deployHooks?.copies ?? [])
        if (!c.buildOnly && c.source !== null && ws.exists(join(root, c.source)))
            replaced.set(c.destination, c);
    const procfiles = [];
    for (const name of ['Procfile', `Procfile_${environment}`]) {
        const f = read(replaced.get(name)?.source ?? name);
        if (f)
            procfiles.push(parseProcfile(f));
    }
    // Procfile_<environment> is the more specific file: its custom_web applies when it has one
    let web = null;
    for (const p of procfiles) {
        const entry = procfileEntry(p, 'custom_web');
        if (entry)
            web = { procfile: p, entry };
    }
    let lockfile = null;
    let lockPath = null;
    for (const name of LOCKFILES) {
        const f = read(name);
        if (f) {
            lockfile = parseLockfile(f);
            lockPath = f.path;
            break;
        }
    }
    const existing = (rel) => (ws.exists(join(root, rel)) ? join(root, rel) : null);
    return {
        root,
        workspace: ws,
        environment,
        procfiles,
        web,
        lockfile,
        manifest: manifestFile ? parseManifest(manifestFile, environment) : null,
        deployHooks,
        replaced,
        unreadable,
        present: {
            procfile: web?.procfile.file.path ?? procfiles[0]?.file.path ?? null,
            manifest: existing(MANIFEST),
            deployHooks: existing(DEPLOY_HOOKS),
            lockfile: lockPath
        }
    };
}

;// CONCATENATED MODULE: ./src/model/ruby.ts
let loading = null;
function loadRubyParser() {
    loading ??= (async () => {
        const [{ parsePrism }, { WASI }, { readFile }] = await Promise.all([__nccwpck_require__.e(/* import() */ 312).then(__nccwpck_require__.bind(__nccwpck_require__, 5312)), Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 3631, 23)), Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 1455, 23))]);
        const bytes = await readFirst(readFile, ['prism.wasm', '../../node_modules/@ruby/prism/src/prism.wasm']);
        // WebAssembly is a global of Node; TypeScript's ES2022 lib does not declare it
        const wasm = globalThis.WebAssembly;
        const wasi = new WASI({ version: 'preview1' });
        const instance = await wasm.instantiate(await wasm.compile(bytes), wasi.getImportObject());
        wasi.initialize(instance);
        return (file) => {
            const result = parsePrism(instance.exports, file.text);
            const offset = byteOffsets(file.text);
            return {
                program: result.value,
                errors: result.errors.map((e) => ({ message: e.message, start: offset(e.location.startOffset), end: offset(e.location.startOffset + e.location.length) })),
                offset
            };
        };
    })();
    return loading;
}
async function readFirst(readFile, candidates) {
    let last;
    for (const rel of candidates) {
        try {
            return await readFile(new URL(rel, import.meta.url));
        }
        catch (e) {
            last = e;
        }
    }
    throw new Error(`the Ruby parser (prism.wasm) is missing: ${last.message}`);
}
/** Maps UTF-8 byte offsets to string offsets (identity for ASCII text). */
function byteOffsets(text) {
    // eslint-disable-next-line no-control-regex
    if (/^[\x00-\x7f]*$/.test(text))
        return (b) => b;
    const starts = []; // starts[k] = byte offset of UTF-16 unit k
    let byte = 0;
    for (let i = 0; i < text.length; i++) {
        starts.push(byte);
        const c = text.codePointAt(i);
        if (c > 0xffff) {
            starts.push(byte); // the low surrogate shares the code point's bytes
            i++;
            byte += 4;
        }
        else
            byte += c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
    }
    starts.push(byte);
    return (b) => {
        let lo = 0;
        let hi = starts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (starts[mid] <= b)
                lo = mid;
            else
                hi = mid - 1;
        }
        while (lo > 0 && starts[lo - 1] === starts[lo])
            lo--; // a surrogate pair starts at its high half
        return lo;
    };
}
/** The node's class name without "Node", e.g. "Call" — read through its visitor method, which survives bundling. */
function kindOf(node) {
    let kind = '';
    const probe = new Proxy({}, {
        get: (_t, name) => () => {
            kind = String(name).replace(/^visit/, '').replace(/Node$/, '');
        }
    });
    node.accept(probe);
    return kind;
}

;// CONCATENATED MODULE: ./src/model/ruby-config.ts
/**
 * Reads a Ruby config file (Puma's or Unicorn's DSL) the way the server would evaluate it, as
 * far as that can be done without running it: the top-level statements in order, locals and
 * constants, `if`/`unless`/ternaries and `&&`/`||` on values that are known, ENV reads under
 * the prediction environment (contract §4), string interpolation, `Integer()`, `File.join`,
 * `File.expand_path`, `__dir__`. Every receiver-less call is recorded with its evaluated
 * arguments; the server model decides which are directives. Anything else is an unknown value
 * that names its line — never a guess.
 */


const LOADERS = new Set(['load', 'eval', 'instance_eval', 'instance_exec', 'class_eval', 'send', '__send__', 'public_send', '_load_from', 'binding']);
function evaluateRubyConfig(file, parse, env) {
    const config = {
        file,
        calls: [],
        opaque: [],
        syntaxErrors: parse.errors.map((e) => ({ at: file.span(e.start, Math.max(e.end, e.start + 1)), message: e.message }))
    };
    if (config.syntaxErrors.length > 0)
        return config;
    const locals = new Map();
    const defined = new Set();
    const absPath = env.filePath;
    let unset = [];
    const span = (n) => {
        const start = parse.offset(n.location.startOffset);
        return file.span(start, Math.max(parse.offset(n.location.startOffset + n.location.length), start + 1));
    };
    const text = (n) => file.textAt(span(n)).split('\n')[0];
    const unknown = (n, why) => ({ known: false, at: span(n), why });
    const known = (value) => ({ known: true, value });
    const child = (n, field) => n[field] ?? null;
    const list = (n, field) => (n ? (n[field] ?? []) : []);
    const argsOf = (call) => list(child(call, 'arguments_'), 'arguments_');
    const truthy = (v) => v !== null && v !== false;
    const toS = (v) => typeof v === 'string' ? v : typeof v === 'number' ? String(v) : v === null ? '' : typeof v === 'boolean' ? String(v) : !Array.isArray(v) && 'symbol' in v ? v.symbol : null;
    const isEnv = (n) => {
        if (!n)
            return false;
        const k = kindOf(n);
        return (k === 'ConstantRead' || k === 'ConstantPath') && n.name === 'ENV' && (k === 'ConstantRead' || n.parent === null);
    };
    const constName = (n) => (n && (kindOf(n) === 'ConstantRead' || kindOf(n) === 'ConstantPath') ? n.name : null);
    const envRead = (name, at) => {
        const v = env.get(name);
        if (v === undefined)
            return unknown(at, `\`${text(at)}\` reads ${name}, whose value rack-check cannot know`);
        if (v === null)
            unset.push(name);
        return known(v);
    };
    const lastOf = (body) => {
        if (!body)
            return known(null);
        if (kindOf(body) !== 'Statements')
            return value(body);
        const stmts = list(body, 'body');
        return stmts.length === 1 ? value(stmts[0]) : null;
    };
    const string = (v) => (v.known && typeof v.value === 'string' ? v.value : null);
    const value = (n) => {
        switch (kindOf(n)) {
            case 'String':
                return known(n.unescaped.value);
            case 'Symbol':
                return known({ symbol: n.unescaped.value });
            case 'Integer':
            case 'Float':
                return known(Number(n.value));
            case 'True':
                return known(true);
            case 'False':
                return known(false);
            case 'Nil':
                return known(null);
            case 'SourceFile':
                return known(absPath);
            case 'Array': {
                const items = list(n, 'elements').map(value);
                const bad = items.find((v) => !v.known);
                return bad ?? known(items.map((v) => v.value));
            }
            case 'RegularExpression': {
                // only what JavaScript reads the same way: \A and \z anchors, no flags
                const source = n.unescaped.value;
                const flags = text(n).replace(/^.*\//, '');
                if (flags !== '' || /\(\?|\\[hHGRXZ]|\[\[:|\\p\{/.test(source))
                    return unknown(n, `\`${text(n)}\` is not evaluated by rack-check`);
                return known({ regexp: source.replace(/\\A/g, '^').replace(/\\z/g, '$') });
            }
            case 'KeywordHash':
            case 'Hash':
                return known({ hash: true });
            case 'InterpolatedString':
            case 'InterpolatedSymbol': {
                let out = '';
                for (const part of list(n, 'parts')) {
                    const k = kindOf(part);
                    const v = k === 'String' ? value(part) : k === 'EmbeddedStatements' ? (lastOf(child(part, 'statements')) ?? unknown(part, `\`${text(part)}\` is not evaluated`)) : k === 'EmbeddedVariable' ? value(child(part, 'variable')) : unknown(part, `\`${text(part)}\` is not evaluated`);
                    if (!v.known)
                        return v;
                    const s = toS(v.value);
                    if (s === null)
                        return unknown(part, `\`${text(part)}\` is not evaluated`);
                    out += s;
                }
                return kindOf(n) === 'InterpolatedSymbol' ? known({ symbol: out }) : known(out);
            }
            case 'Parentheses':
                return lastOf(child(n, 'body')) ?? unknown(n, `\`${text(n)}\` is not evaluated`);
            case 'LocalVariableRead':
                return locals.get(n.name) ?? unknown(n, `\`${n.name}\` is not known`);
            case 'ConstantRead':
                return locals.get('::' + n.name) ?? unknown(n, `\`${n.name}\` is not known`);
            case 'And': {
                const l = value(child(n, 'left'));
                return !l.known ? l : !truthy(l.value) ? l : value(child(n, 'right'));
            }
            case 'Or': {
                const l = value(child(n, 'left'));
                return !l.known ? l : truthy(l.value) ? l : value(child(n, 'right'));
            }
            case 'If':
            case 'Unless': {
                const c = value(child(n, 'predicate'));
                if (!c.known)
                    return c;
                const take = truthy(c.value) === (kindOf(n) === 'If');
                if (take)
                    return lastOf(child(n, 'statements')) ?? unknown(n, `\`${text(n)}\` is not evaluated`);
                const other = child(n, kindOf(n) === 'If' ? 'subsequent' : 'elseClause');
                if (!other)
                    return known(null);
                return kindOf(other) === 'Else' ? (lastOf(child(other, 'statements')) ?? unknown(n, `\`${text(n)}\` is not evaluated`)) : value(other);
            }
            case 'Call':
                return callValue(n);
            default:
                return unknown(n, `\`${text(n)}\` is not evaluated by rack-check`);
        }
    };
    const callValue = (n) => {
        const name = n.name;
        const recv = child(n, 'receiver');
        const args = argsOf(n);
        const block = child(n, 'block');
        const opaque = () => unknown(n, `\`${text(n)}\` is not evaluated by rack-check`);
        if (isEnv(recv)) {
            const key = args[0] ? string(value(args[0])) : null;
            if (key === null)
                return opaque();
            if (name === '[]')
                return envRead(key, n);
            if (name === 'fetch') {
                const v = env.get(key);
                if (v === undefined)
                    return envRead(key, n);
                if (v !== null)
                    return known(v);
                unset.push(key);
                if (args[1])
                    return value(args[1]);
                if (block && kindOf(block) === 'Block')
                    return lastOf(child(block, 'body')) ?? opaque();
                return unknown(n, `\`${text(n)}\` raises KeyError unless ${key} is set, and Cloud 66 does not set it`);
            }
            if (name === 'key?' || name === 'has_key?' || name === 'include?') {
                const v = env.get(key);
                return v === undefined ? envRead(key, n) : known(v !== null);
            }
            return opaque();
        }
        const cls = constName(recv);
        if (cls === 'Dir' && name === 'pwd' && args.length === 0)
            return known(env.appRoot);
        if (cls === 'File' && (name === 'join' || name === 'expand_path' || name === 'dirname' || name === 'basename')) {
            const vals = args.map(value);
            const bad = vals.find((v) => !v.known);
            if (bad)
                return bad;
            const strs = vals.map((v) => toS(v.value));
            if (strs.some((s) => s === null))
                return opaque();
            const s = strs;
            if (name === 'join')
                return known(s.join('/').replace(/\/+/g, '/'));
            if (name === 'dirname')
                return s.length === 1 ? known(s[0].replace(/\/[^/]*$/, '') || '/') : opaque();
            if (name === 'basename')
                return s.length === 1 ? known(s[0].replace(/^.*\//, '')) : opaque();
            if (s.length < 1 || s.length > 2)
                return opaque();
            if (s[0].startsWith('~') || (s[1] ?? '').startsWith('~'))
                return opaque();
            return known(expandPath(s[0], s[1] ?? env.appRoot, env.appRoot));
        }
        if (recv === null) {
            if (name === '__dir__' && args.length === 0)
                return known(absPath.replace(/\/[^/]*$/, ''));
            if ((name === 'Integer' || name === 'Float') && args.length >= 1) {
                const v = value(args[0]);
                if (!v.known)
                    return v;
                const num = rubyNumber(v.value, name === 'Float');
                return num === null ? unknown(n, `\`${text(n)}\` raises on this value`) : known(num);
            }
            if (name === 'String' && args.length === 1) {
                const v = value(args[0]);
                if (!v.known)
                    return v;
                const s = toS(v.value);
                return s === null ? opaque() : known(s);
            }
            if (args.length === 0 && !block && locals.has(name))
                return locals.get(name);
            return opaque();
        }
        // methods on a value
        const self = value(recv);
        if (!self.known)
            return self;
        const v = self.value;
        const other = args[0] ? value(args[0]) : null;
        if (other && !other.known)
            return other;
        const o = other ? other.value : undefined;
        switch (name) {
            case 'to_s':
            case 'to_str': {
                const s = toS(v);
                return s === null ? opaque() : known(s);
            }
            case 'to_i':
                return typeof v === 'string' ? known(Number(/^\s*[-+]?\d+/.exec(v.replace(/_/g, ''))?.[0] ?? 0)) : typeof v === 'number' ? known(Math.trunc(v)) : v === null ? known(0) : opaque();
            case 'to_sym':
                return typeof v === 'string' ? known({ symbol: v }) : opaque();
            case 'strip':
            case 'downcase':
            case 'upcase':
            case 'freeze':
                return typeof v === 'string' ? known(name === 'strip' ? v.trim() : name === 'downcase' ? v.toLowerCase() : name === 'upcase' ? v.toUpperCase() : v) : name === 'freeze' ? self : opaque();
            case 'nil?':
                return known(v === null);
            case 'positive?':
            case 'negative?':
            case 'zero?':
                if (typeof v !== 'number')
                    return opaque();
                return known(name === 'positive?' ? v > 0 : name === 'negative?' ? v < 0 : v === 0);
            case 'empty?':
                return typeof v === 'string' || Array.isArray(v) ? known(v.length === 0) : opaque();
            case '!':
                return known(!truthy(v));
            case '==':
            case '!=': {
                const eq = JSON.stringify(v) === JSON.stringify(o);
                return known(name === '==' ? eq : !eq);
            }
            case '>':
            case '<':
            case '>=':
            case '<=':
                if (typeof v !== 'number' || typeof o !== 'number')
                    return opaque();
                return known(name === '>' ? v > o : name === '<' ? v < o : name === '>=' ? v >= o : v <= o);
            case '+':
                if (typeof v === 'string' && typeof o === 'string')
                    return known(v + o);
                if (typeof v === 'number' && typeof o === 'number')
                    return known(v + o);
                return opaque();
            case '=~':
            case '!~':
            case 'match?': {
                if (typeof v !== 'string' || o === null || typeof o !== 'object' || Array.isArray(o) || !('regexp' in o))
                    return opaque();
                const at = new RegExp(o.regexp).exec(v);
                return known(name === '=~' ? (at ? at.index : null) : name === '!~' ? !at : Boolean(at));
            }
            case 'include?':
                if (Array.isArray(v) || typeof v === 'string')
                    return known(Array.isArray(v) ? v.some((x) => JSON.stringify(x) === JSON.stringify(o)) : typeof o === 'string' && v.includes(o));
                return opaque();
            default:
                return opaque();
        }
    };
    /** Walks statements in order; `condition` is set inside a branch whose condition is unknown. */
    const walk = (body, condition) => {
        if (!body)
            return;
        const k = kindOf(body);
        if (k === 'Statements') {
            for (const s of list(body, 'body'))
                statement(s, condition);
        }
        else
            statement(body, condition);
    };
    const assign = (name, v, condition, n) => {
        if (condition) {
            const before = locals.get(name);
            const same = before && before.known && v.known && JSON.stringify(before.value) === JSON.stringify(v.value);
            locals.set(name, same ? v : { known: false, at: span(n), why: `\`${name}\` is assigned under a condition rack-check cannot evaluate` });
        }
        else
            locals.set(name, v);
    };
    const branch = (predicate, then, otherwise, unless, condition) => {
        const c = value(predicate);
        if (c.known) {
            if (truthy(c.value) !== unless)
                walk(then, condition);
            else
                walk(otherwise, condition);
        }
        else {
            walk(then, condition ?? span(predicate));
            walk(otherwise, condition ?? span(predicate));
        }
    };
    const elseBody = (n) => (!n ? null : kindOf(n) === 'Else' ? child(n, 'statements') : n);
    const statement = (n, condition) => {
        switch (kindOf(n)) {
            case 'LocalVariableWrite':
                return assign(n.name, value(child(n, 'value')), condition, n);
            case 'LocalVariableOrWrite': {
                const before = locals.get(n.name);
                if (before?.known && truthy(before.value))
                    return;
                return assign(n.name, value(child(n, 'value')), condition, n);
            }
            case 'ConstantWrite':
                return assign('::' + n.name, value(child(n, 'value')), condition, n);
            case 'If':
                return branch(child(n, 'predicate'), child(n, 'statements'), elseBody(child(n, 'subsequent')), false, condition);
            case 'Unless':
                return branch(child(n, 'predicate'), child(n, 'statements'), elseBody(child(n, 'elseClause')), true, condition);
            case 'And':
                return branch(child(n, 'left'), child(n, 'right'), null, false, condition);
            case 'Or':
                return branch(child(n, 'left'), child(n, 'right'), null, true, condition);
            case 'Parentheses':
            case 'Begin':
                return walk(child(n, kindOf(n) === 'Begin' ? 'statements' : 'body'), condition);
            case 'Case': {
                // which branch runs is not evaluated: every branch is conditional
                const at = span(n);
                for (const w of list(n, 'conditions'))
                    walk(child(w, 'statements'), condition ?? at);
                walk(elseBody(child(n, 'elseClause')), condition ?? at);
                return;
            }
            case 'Def':
                defined.add(n.name);
                return;
            case 'While':
            case 'Until':
            case 'For':
                if (containsCall(n))
                    config.opaque.push({ at: span(n), why: `the loop \`${text(n)}\`` });
                return;
            case 'Call':
                return call(n, condition);
            default:
                return;
        }
    };
    const containsCall = (n) => {
        if (!n)
            return false;
        if (kindOf(n) === 'Call' && n.receiver === null && !n.name.match(/^(puts|p|print|warn|require|require_relative|raise|sleep|fail)$/))
            return true;
        const kids = n.compactChildNodes();
        return kids.some(containsCall);
    };
    const call = (n, condition) => {
        const name = n.name;
        const recv = child(n, 'receiver');
        const block = child(n, 'block');
        if (recv !== null) {
            // `%w[a b].each { |x| bind x }`: directives inside a block of some other method
            if (block && kindOf(block) === 'Block' && containsCall(child(block, 'body')))
                config.opaque.push({ at: span(n), why: `the block of \`${text(n).replace(/\s*(do|\{).*$/, '')}\`` });
            return;
        }
        if (LOADERS.has(name) || defined.has(name)) {
            config.opaque.push({ at: span(n), why: `\`${text(n)}\`` });
            return;
        }
        unset = [];
        const args = argsOf(n)
            .filter((a) => kindOf(a) !== 'BlockArgument')
            .map(value);
        config.calls.push({ name, args, at: span(n), condition, unsetVariables: [...new Set(unset)] });
    };
    walk(child(parse.program, 'statements'), null);
    return config;
}
/** Why a call's effect is unknown because of the condition it sits under. */
function conditionWhy(call) {
    return `\`${call.name}\` on line ${call.at.line} runs only under the condition on line ${call.condition.line}, which rack-check cannot evaluate`;
}
/** The first argument whose value is unknown. */
function firstUnknown(call) {
    return call.args.find((a) => !a.known);
}
/** Ruby's `Integer("…")` / `Float("…")`: strict; null when Ruby would raise. */
function rubyNumber(v, float) {
    if (typeof v === 'number')
        return float ? v : Math.trunc(v);
    if (typeof v !== 'string')
        return null;
    const s = v.trim().replace(/(\d)_(?=\d)/g, '$1');
    if (float ? /^[-+]?\d+(\.\d+)?([eE][-+]?\d+)?$/.test(s) : /^[-+]?\d+$/.test(s))
        return Number(s);
    return null;
}
/** Ruby's `File.expand_path(path, base)` without `~`. */
function expandPath(p, base, appRoot) {
    return resolvePath(base.startsWith('/') ? base : appRoot + '/' + base, p);
}

;// CONCATENATED MODULE: ./src/rules/define-rule.ts
function defineRule(rule) {
    return rule;
}
function docsPath(id) {
    return `docs/rules/${id}.md`;
}
/** Fills `{name}` placeholders; an unfilled one is a bug in the rule. */
function formatMessage(template, data) {
    return template.replace(/\{(\w+)\}/g, (_whole, key) => {
        if (!(key in data))
            throw new Error(`message placeholder {${key}} has no value in ${JSON.stringify(template)}`);
        return String(data[key]);
    });
}

;// CONCATENATED MODULE: ./src/rules/custom-web-daemonizes.ts

/* harmony default export */ const custom_web_daemonizes = (defineRule({
    id: 'custom-web-daemonizes',
    severity: 'error',
    summary: 'The `custom_web` server daemonizes, which systemd (Cloud 66 servers since June 2020) does not support.',
    messages: {
        flag: '`{option}` makes `{program}` daemonize: the process systemd started exits and Cloud 66\'s systemd unit treats the web server as gone; remove `{option}` (daemonizing was the Bluepill-era advice; use `--process-manager bluepill` for servers built before June 2020).',
        config: '`{option}` in `{file}` makes `{program}` daemonize: the process systemd started exits and Cloud 66\'s systemd unit treats the web server as gone; remove it (daemonizing was the Bluepill-era advice; use `--process-manager bluepill` for servers built before June 2020).'
    },
    check(ctx) {
        const web = ctx.analysis.web;
        if (!web || !web.ifStarted || ctx.options.processManager === 'bluepill')
            return;
        const d = web.ifStarted.daemonizes;
        if (d.value !== true)
            return;
        if (d.reason === 'config')
            ctx.report(d.at, 'config', { option: ctx.analysis.textAt(d.at), file: d.at.file, program: web.program });
        else
            ctx.report(d.at, 'flag', { option: d.data.option ?? 'daemonize', program: web.program });
    }
}));

;// CONCATENATED MODULE: ./src/rules/custom-web-extra-tcp-listener.ts

/* harmony default export */ const custom_web_extra_tcp_listener = (defineRule({
    id: 'custom-web-extra-tcp-listener',
    severity: 'notice',
    summary: 'The `custom_web` server also listens on a TCP port that Nginx does not use.',
    messages: {
        extra: '`{program}` also listens on {port} (`{text}`) besides /tmp/web_server.sock; Nginx only uses the socket, so the port is unused and may be reachable from outside; remove it unless something else needs it.'
    },
    check(ctx) {
        const web = ctx.analysis.web;
        const facts = web?.ifStarted;
        if (!web || !facts || facts.socket.value !== true || !facts.listeners)
            return;
        for (const l of facts.listeners) {
            if (l.kind === 'tcp' && l.origin !== 'default')
                ctx.report(l.at, 'extra', { program: web.program, port: l.port != null ? `TCP port ${l.port}` : 'a TCP port', text: ctx.analysis.textAt(l.at) });
        }
    }
}));

;// CONCATENATED MODULE: ./src/servers/environment.ts
/**
 * Where the prediction places the app (contract §4: STACK_PATH = the app root). The path is the
 * one Cloud 66 uses for a Rack app's current release.
 */
const APP_ROOT = '/var/deploy/app/web_head/current';
/** The prediction environment of contract §4, plus variables set on the command line. */
function predictionEnvironment(environment) {
    return new Map([
        ['RACK_ENV', environment],
        ['RAILS_ENV', environment],
        ['STACK_PATH', APP_ROOT],
        ['RAILS_STACK_PATH', APP_ROOT],
        ['CUSTOM_WEB_SOCKET_FILE', '/tmp/web_server.sock'],
        ['CUSTOM_WEB_PID_FILE', '/tmp/web_server.pid']
    ]);
}

/**
 * A bare `$NAME` that the prediction environment does not set is an application variable that
 * rack-check cannot see (Cloud 66 substitutes the app's own variables): its value is unknown.
 * `${NAME:-default}` takes the default, as the shell does when NAME is unset.
 */
function shellEnvironment(vars) {
    return { get: (n) => vars.get(n), unsetBare: 'unknown' };
}
/** The app-relative form of an absolute path under the app root, or null when outside it. */
function appRelative(abs) {
    if (abs === APP_ROOT)
        return '';
    return abs.startsWith(APP_ROOT + '/') ? abs.slice(APP_ROOT.length + 1) : null;
}

;// CONCATENATED MODULE: ./src/rules/helpers.ts

/** What to write to serve the socket, per server. */
function socketFix(server, program) {
    switch (server) {
        case 'puma':
            return '`-b unix:///tmp/web_server.sock`';
        case 'thin':
        case 'passenger':
            return '`--socket /tmp/web_server.sock`';
        case 'unicorn':
            return program === 'unicorn_rails' ? '`-l /tmp/web_server.sock` (or `listen "/tmp/web_server.sock"` in the config file)' : '`-l /tmp/web_server.sock`';
        case 'rackup':
            return '`-o /tmp/web_server.sock`';
        case 'rails':
            return '`-b /tmp/web_server.sock`';
        default:
            return 'a listener on the Unix socket /tmp/web_server.sock';
    }
}
/** What to write in the server's own config file to serve the socket. */
function configSocketFix(server) {
    switch (server) {
        case 'unicorn':
            return '`listen "/tmp/web_server.sock"`';
        case 'thin':
            return '`socket: /tmp/web_server.sock`';
        default:
            return '`bind "unix:///tmp/web_server.sock"`';
    }
}
/** What to write in the server's own config file for the PID file. */
function configPidFix(server) {
    switch (server) {
        case 'unicorn':
            return '`pid "/tmp/web_server.pid"`';
        case 'thin':
            return '`pid: /tmp/web_server.pid`';
        default:
            return '`pidfile "/tmp/web_server.pid"`';
    }
}
/** What to write to get the PID file, per server. */
function pidFix(server, program) {
    switch (server) {
        case 'puma':
            return '`--pidfile /tmp/web_server.pid`';
        case 'thin':
            return '`--pid /tmp/web_server.pid` (Thin writes it only when daemonized)';
        case 'unicorn':
            return program === 'unicorn_rails' ? '`pid "/tmp/web_server.pid"` in the config file' : '`pid "/tmp/web_server.pid"` in the config file (or `-P /tmp/web_server.pid`)';
        case 'rackup':
        case 'rails':
            return '`-P /tmp/web_server.pid`';
        case 'passenger':
            return '`--pid-file /tmp/web_server.pid`';
        default:
            return 'a PID file at /tmp/web_server.pid';
    }
}
function serverLabel(web) {
    return web.version ? `${web.program} ${web.version}` : web.program;
}
/** An absolute path as the user knows it: app-relative when it is inside the app folder. */
function displayPath(abs) {
    const rel = appRelative(abs);
    return rel === null ? '`' + abs + '`' : rel === '' ? 'the app folder' : '`' + rel + '` in the app folder';
}
/** Edit distance, for did-you-mean hints. */
function distance(a, b) {
    const row = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        let prev = row[0];
        row[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const cur = row[j];
            row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
            prev = cur;
        }
    }
    return row[b.length];
}
/** The closest known name, when it is close enough to be a typo. */
function didYouMean(word, known) {
    let best = null;
    let bestD = Infinity;
    const w = word.toLowerCase();
    for (const k of known) {
        const d = distance(w, k);
        if (d < bestD)
            [best, bestD] = [k, d];
    }
    return best !== null && bestD <= Math.max(2, Math.floor(best.length / 4)) ? best : null;
}
/** A manifest's procfile_metadata entries: each block, process and setting, with positions. */
function* metadataSettings(manifest) {
    for (const block of manifest?.metadata ?? []) {
        if (block.value?.kind !== 'map')
            continue;
        for (const process of block.value.pairs) {
            if (process.value?.kind !== 'map')
                continue;
            for (const setting of process.value.pairs)
                yield { block, process, setting };
        }
    }
}
/** Where a block is, for messages: `procfile_metadata` or `production.procfile_metadata`. */
function blockName(block) {
    return block.environment === null ? 'procfile_metadata' : `${block.environment}.procfile_metadata`;
}

;// CONCATENATED MODULE: ./src/rules/custom-web-fails-to-boot.ts


/* harmony default export */ const custom_web_fails_to_boot = (defineRule({
    id: 'custom-web-fails-to-boot',
    severity: 'error',
    summary: 'The `custom_web` server exits at start.',
    messages: {
        invalidOption: '{server} rejects `{option}` (invalid option) and exits at start{versions}; remove it.',
        invalidBind: 'Puma cannot bind `{option}`: a bind is a `unix://`, `tcp://` or `ssl://` URI, so Puma exits at start; write `unix:///tmp/web_server.sock`.',
        ambiguousOption: '`{option}` is ambiguous for {server} ({candidates}), so it exits at start{versions}; spell the option out.',
        missingArgument: '`{option}` needs a value, so {server} exits at start{versions}; give it one.',
        needlessArgument: '`{option}` takes no value, so {server} exits at start{versions}; remove the value.',
        removedDaemon: 'Puma 5.0 removed daemon mode, so `{option}` makes {server} exit at start{versions}; remove `{option}` (systemd keeps Puma in the foreground).',
        thinNoCommand: 'Thin needs a command word and exits with "Command required"; add `start`.',
        thinOtherCommand: '`thin {command}` does not start a server; use `thin start`.',
        missingConfig: '`{path}` does not exist, so {server} exits at start; fix the path or add the file.',
        configRemovedDaemon: 'Puma 5.0 removed `daemonize` from the config DSL, so loading `{path}` raises NameError and {server} exits at start{versions}; remove the line (systemd keeps Puma in the foreground).',
        configSyntax: '`{path}` is not valid Ruby ({message}), so {server} exits at start while loading it; fix the syntax.',
        configInvalidBind: '{server} cannot listen on `{option}` (not an address it understands), so it exits at start while loading `{path}`; write {fix}.',
        missingFolder: '`{text}` makes {server} change to the folder `{path}` before starting, and no such folder exists (Thin does not expand shell variables in its YAML), so it exits at start; write the path, e.g. `chdir: /var/deploy/app/web_head/current`, or drop the key.',
        thinSocketNotPath: 'Thin makes a Unix socket only from a name that contains `/`, so it takes `{path}` (from `{text}`) for a TCP host name, cannot listen on it and exits at start; write `/tmp/web_server.sock`.',
        evalWord: '`{option} {value}` is `--eval` for {server}: it runs `{value}` as Ruby, which raises NameError at start; use `{fix}` for the environment.'
    },
    check(ctx) {
        const web = ctx.analysis.web;
        if (!web)
            return;
        const ids = {
            'invalid-option': 'invalidOption',
            'ambiguous-option': 'ambiguousOption',
            'missing-argument': 'missingArgument',
            'needless-argument': 'needlessArgument',
            'removed-daemon': 'removedDaemon',
            'thin-no-command': 'thinNoCommand',
            'thin-other-command': 'thinOtherCommand',
            'missing-config': 'missingConfig',
            'missing-folder': 'missingFolder',
            'thin-socket-not-path': 'thinSocketNotPath',
            'config-removed-daemon': 'configRemovedDaemon',
            'config-syntax': 'configSyntax',
            'config-invalid-bind': 'configInvalidBind',
            'eval-word': 'evalWord'
        };
        for (const p of web.facts.bootProblems) {
            if (p.kind === 'not-bundled')
                continue; // server-gem-not-locked reports it
            const id = p.kind === 'invalid-option' && p.data.bind ? 'invalidBind' : ids[p.kind];
            const versions = p.versions ? ` on ${web.program} ${p.versions} (no version of the gem is locked in Gemfile.lock)` : '';
            ctx.report(p.at, id, { server: serverLabel(web), versions, option: '', candidates: '', command: '', path: '', value: '', fix: configSocketFix(web.server), message: '', ...p.data }, p.versions ? { severity: 'warning' } : undefined);
        }
    }
}));

;// CONCATENATED MODULE: ./src/rules/custom-web-misleading-flag.ts

/* harmony default export */ const custom_web_misleading_flag = (defineRule({
    id: 'custom-web-misleading-flag',
    severity: 'warning',
    summary: 'A server flag does something other than what it looks like.',
    messages: {
        unicornDebug: 'For `{program}`, `-d` is `--debug` (Ruby\'s $DEBUG), not daemonize; remove it.',
        unicornEval: 'For `{program}`, `-e` is `--eval` (it runs Ruby code), not the environment; use `-E` for the environment.',
        thinDebug: 'For Thin, `-D` is `--debug`, not daemonize; remove it.',
        thinChdir: 'For Thin, `-c` is `--chdir`, and `{value}` looks like a config file, which is `-C`; write `-C {value}`.',
        rackupBuilder: 'For rackup, `-b` is `--builder` (a Rack::Builder line), not a bind address; use `-o` for the host or socket.',
        rackupEval: 'For rackup, `-e` is `--eval` (it runs Ruby code), not the environment; use `-E` for the environment.',
        rackupDebug: 'For rackup, `-d` is `--debug`, not daemonize; remove it.',
        railsConfig: 'For `rails server`, `-c` names the rackup file (config.ru), not a server config file; drop it and let the server load its own config.'
    },
    check(ctx) {
        const web = ctx.analysis.web;
        if (!web)
            return;
        const ids = {
            'unicorn-debug': 'unicornDebug',
            'unicorn-eval': 'unicornEval',
            'thin-debug': 'thinDebug',
            'thin-chdir': 'thinChdir',
            'rackup-builder': 'rackupBuilder',
            'rackup-eval': 'rackupEval',
            'rackup-debug': 'rackupDebug',
            'rails-config': 'railsConfig'
        };
        for (const n of web.facts.flagNotes) {
            if (n.kind === 'puma-state' || n.kind === 'env-default' || n.kind === 'thin-yaml-variable')
                continue; // custom-web-no-socket explains -S
            ctx.report(n.at, ids[n.kind], { program: web.program, value: '', ...n.data });
        }
    }
}));

;// CONCATENATED MODULE: ./src/rules/custom-web-no-pid-file.ts


/* harmony default export */ const custom_web_no_pid_file = (defineRule({
    id: 'custom-web-no-pid-file',
    severity: 'error',
    summary: 'The `custom_web` server does not write its PID to /tmp/web_server.pid, which Cloud 66 uses to signal and check it.',
    messages: {
        none: 'Nothing writes /tmp/web_server.pid, which Cloud 66 uses to signal and check the web server; add {fix}.',
        otherPath: '`{text}` writes the PID to {path}, not to /tmp/web_server.pid, which Cloud 66 uses to signal and check the web server; use {fix}.',
        railsP: 'For `unicorn_rails`, `-P` is the deprecated `--path` (it mounts the app at `{text}`) and no PID file is written; set `pid "/tmp/web_server.pid"` in the config file (`-c`).',
        thinBluepill: 'Thin writes its PID file only when it daemonizes, so /tmp/web_server.pid is never written; add `-d` (under Bluepill the web server is expected to daemonize).',
        configOtherPath: '`{text}` in `{file}` makes {program} write its PID to {path}, not to /tmp/web_server.pid, which Cloud 66 uses to signal and check the web server; write {fix} there.',
        clusterRenamed: 'With several servers Thin numbers its PID files (`{path}`, …), so /tmp/web_server.pid never exists; run one server.'
    },
    check(ctx) {
        const web = ctx.analysis.web;
        // a line that exits at start is also judged as if the words that stop it were removed
        const facts = web?.ifStarted;
        if (!web || !facts || facts.pidFile.value !== false)
            return;
        const p = facts.pidFile;
        const data = { fix: pidFix(web.server, web.program), text: '', path: '', ...p.data };
        switch (p.reason) {
            case 'none':
                return ctx.report(p.at, 'none', data);
            case 'other-path':
                if (p.at.file !== web.procfile.path)
                    return ctx.report(p.at, 'configOtherPath', { ...data, program: web.program, file: p.at.file, text: ctx.analysis.textAt(p.at), path: displayPath(data.path), fix: configPidFix(web.server) });
                return ctx.report(p.at, 'otherPath', { ...data, text: ctx.analysis.textAt(p.at), path: displayPath(data.path) });
            case 'unicorn-rails-p-is-path':
                return ctx.report(p.at, 'railsP', data);
            case 'cluster-renamed':
                return ctx.report(p.at, 'clusterRenamed', data);
            case 'thin-needs-daemon':
                // under systemd this is the conflict the thin-pid-needs-daemon rule explains
                if (ctx.options.processManager === 'bluepill')
                    ctx.report(p.at, 'thinBluepill', data);
                return;
            default:
                return ctx.report(p.at, 'none', data);
        }
    }
}));

;// CONCATENATED MODULE: ./src/rules/custom-web-no-socket.ts


/* harmony default export */ const custom_web_no_socket = (defineRule({
    id: 'custom-web-no-socket',
    severity: 'error',
    summary: 'The `custom_web` server does not serve HTTP on /tmp/web_server.sock, where Nginx sends the traffic.',
    messages: {
        noListener: '`{program}` is given no listener, so it listens on {default} and nothing serves /tmp/web_server.sock, where Nginx sends the traffic; add {fix}.',
        tcpOnly: '`{text}` is a TCP listener and nothing serves /tmp/web_server.sock, where Nginx sends the traffic; add {fix}.',
        relativeUnix: '`{text}` is the relative path `{path}` under the app folder, not /tmp/web_server.sock; write {fix}.',
        otherUnix: '`{text}` serves a socket at `{path}`, but Nginx sends the traffic to /tmp/web_server.sock; use {fix}.',
        stateFile: "`-S` is Puma's state file, not a socket: Puma writes a YAML file at `{text}` and listens on its default TCP port; use `-b unix:///tmp/web_server.sock`.",
        clusterRenamed: '`{text}` starts {count} servers, which number their sockets (`{path}`, …), so /tmp/web_server.sock never exists; run one server.',
        overridden: '`{text}` on the command line replaces every listener of the config file, so `{overrides} is dropped and nothing serves /tmp/web_server.sock, where Nginx sends the traffic; remove `{text}` (the config file binds the socket) or add {fix}.',
        configTcpOnly: '`{text}` in `{file}` leaves {program} with TCP listeners only, and nothing serves /tmp/web_server.sock, where Nginx sends the traffic; write {configFix} in `{file}` instead (or {fix} on the command line).',
        hostNotSocket: '`rails server` reads `-b {text}` as a host name, not a socket; write `-b /tmp/web_server.sock`.'
    },
    check(ctx) {
        const web = ctx.analysis.web;
        // a line that exits at start is also judged as if the words that stop it were removed
        const facts = web?.ifStarted;
        if (!web || !facts || facts.socket.value !== false)
            return;
        const s = facts.socket;
        const fix = socketFix(web.server, web.program);
        const inConfig = s.at.file !== web.procfile.path;
        const base = { program: web.program, fix: inConfig ? configSocketFix(web.server) : fix, text: '', ...s.data };
        switch (s.reason) {
            case 'no-listener':
                return ctx.report(s.at, 'noListener', { default: s.data.default ?? 'its default port', ...base });
            case 'relative-unix':
                return ctx.report(s.at, 'relativeUnix', base);
            case 'other-unix':
                return ctx.report(s.at, 'otherUnix', base);
            case 'state-file':
                return ctx.report(s.at, 'stateFile', base);
            case 'cluster-renamed':
                return ctx.report(s.at, 'clusterRenamed', base);
            case 'host-not-socket':
                return ctx.report(s.at, 'hostNotSocket', base);
            default: // 'tcp-only'
                if (s.data.overrides)
                    return ctx.report(s.at, 'overridden', { ...base, fix, text: ctx.analysis.textAt(s.at) });
                if (inConfig)
                    return ctx.report(s.at, 'configTcpOnly', { ...base, fix, configFix: configSocketFix(web.server), file: s.at.file, text: ctx.analysis.textAt(s.at) });
                return ctx.report(s.at, 'tcpOnly', { ...base, text: ctx.analysis.textAt(s.at) });
        }
    }
}));

;// CONCATENATED MODULE: ./src/rules/custom-web-undecided.ts

/* harmony default export */ const custom_web_undecided = (defineRule({
    id: 'custom-web-undecided',
    severity: 'notice',
    summary: 'rack-check cannot tell from the files alone what the `custom_web` server will do.',
    messages: {
        notFollowable: 'rack-check does not follow {what} in a `custom_web` command, so it does not predict what starts; keep the command a plain server command.',
        unknownValue: 'This command uses {variables}, which Cloud 66 fills from the app\'s environment variables and rack-check cannot see, so it cannot tell whether the server {what}.',
        version: 'Whether the server {what} depends on its version ({versions}); lock the gem in Gemfile.lock to get one answer.',
        configValue: 'rack-check cannot tell whether the server {what}: {why}.',
        configFile: 'Whether the server {what} depends on `{files}`, which rack-check could not evaluate.'
    },
    check(ctx) {
        const web = ctx.analysis.web;
        if (!web || web.server === 'unknown' && web.command.argv)
            return;
        const f = web.facts;
        const open = [
            ['serves /tmp/web_server.sock', f.socket],
            ['writes /tmp/web_server.pid', f.pidFile],
            ['daemonizes', f.daemonizes]
        ];
        const seen = new Set();
        if (f.bootUnknown)
            ctx.report(f.bootUnknown.at, 'configValue', { what: 'starts', why: f.bootUnknown.why });
        for (const [what, v] of open) {
            if (v.value !== null)
                continue;
            const key = `${v.reason}@${v.at.line}:${v.at.column}`;
            if (seen.has(key))
                continue;
            seen.add(key);
            const d = { what, text: v.data.text ?? v.data.word ?? '', variables: v.data.variables || 'a variable', versions: v.data.versions ?? '', files: v.data.files ?? '', ...v.data };
            if (v.reason === 'not-followable')
                return ctx.report(v.at, 'notFollowable', d);
            if (v.reason === 'unknown-value')
                ctx.report(v.at, 'unknownValue', { ...d, variables: variablesOf(web.command.unknownWords, d.variables) });
            else if (v.reason === 'version')
                ctx.report(v.at, 'version', d);
            else if (v.reason === 'config-file')
                ctx.report(v.at, 'configFile', d);
            else if (v.reason === 'config-value')
                ctx.report(v.at, 'configValue', { ...d, why: v.data.why ?? '' });
        }
    }
}));
function variablesOf(words, fallback) {
    const vars = [...new Set(words.flatMap((w) => w.unknownVars))];
    return vars.length ? vars.map((v) => '`$' + v + '`').join(', ') : fallback;
}

;// CONCATENATED MODULE: ./src/rules/custom-web-unknown-server.ts

/* harmony default export */ const custom_web_unknown_server = (defineRule({
    id: 'custom-web-unknown-server',
    severity: 'warning',
    summary: 'The `custom_web` command runs a server rack-check does not model.',
    messages: {
        unknown: 'rack-check does not know `{program}`, so it cannot tell whether it serves /tmp/web_server.sock and writes /tmp/web_server.pid; make sure it does (Cloud 66 documents Puma, Unicorn and Thin).'
    },
    check(ctx) {
        const web = ctx.analysis.web;
        if (web && web.command.argv && web.server === 'unknown')
            ctx.report(web.facts.socket.at, 'unknown', { program: web.command.program?.text ?? web.program });
    }
}));

;// CONCATENATED MODULE: ./src/rules/custom-web-without-bundle-exec.ts

/* harmony default export */ const custom_web_without_bundle_exec = (defineRule({
    id: 'custom-web-without-bundle-exec',
    severity: 'warning',
    summary: 'The `custom_web` server runs without `bundle exec` or a binstub.',
    messages: {
        bare: '`{program}` runs without `bundle exec`, so the version installed system-wide runs, not the one in Gemfile.lock; write `bundle exec {program}`.'
    },
    check(ctx) {
        const web = ctx.analysis.web;
        if (!web || !web.command.program || web.command.bundleExec || web.command.binstub || web.server === 'unknown')
            return;
        ctx.report(web.procfile.span(web.command.program.start, web.command.program.end), 'bare', { program: web.command.program.text });
    }
}));

;// CONCATENATED MODULE: ./src/rules/file-unreadable.ts

/* harmony default export */ const file_unreadable = (defineRule({
    id: 'file-unreadable',
    severity: 'error',
    summary: 'A deployment file exists but cannot be read as text.',
    messages: {
        unreadable: '`{path}` {problem}, so it cannot be checked; Cloud 66 reads these files as UTF-8 text.',
        outside: '`{path}` {problem}; rack-check reads only inside the checked folder, so it was not checked.'
    },
    check(ctx) {
        for (const u of ctx.analysis.app.unreadable) {
            const at = { file: u.path, line: 1, column: 1, endLine: 1, endColumn: 1 };
            if (u.problem.includes('symbolic link'))
                ctx.report(at, 'outside', { path: u.path, problem: u.problem }, { severity: 'warning' });
            else
                ctx.report(at, 'unreadable', { path: u.path, problem: u.problem });
        }
    }
}));

;// CONCATENATED MODULE: ./src/rules/hooks-bluepill-under-systemd.ts


/* harmony default export */ const hooks_bluepill_under_systemd = (defineRule({
    id: 'hooks-bluepill-under-systemd',
    severity: 'warning',
    summary: 'A deploy hook runs `bluepill`, which servers built since June 2020 (systemd) do not have.',
    messages: {
        bluepill: 'This hook runs `bluepill`, but Cloud 66 servers built since June 2020 manage processes with systemd and have no Bluepill, so the command fails (and with `halt_on_error`, the default, so does the deploy); use `sudo systemctl {verb} cloud66_web_server` or `restart_signal`, or pass `--process-manager bluepill` for an older server.'
    },
    check(ctx) {
        if (ctx.options.processManager !== 'systemd')
            return;
        for (const hook of ctx.analysis.app.deployHooks?.hooks ?? []) {
            const command = field(hook, 'command');
            if (!command)
                continue;
            const c = hookCommands(command.text).find((c) => programWords(c)[0]?.split('/').pop() === 'bluepill');
            if (!c)
                continue;
            const words = programWords(c);
            const verb = words.includes('stop') ? 'stop' : words.includes('start') ? 'start' : 'restart';
            ctx.report(command.at, 'bluepill', { verb });
        }
    }
}));

;// CONCATENATED MODULE: ./src/rules/hooks-copied-deploy-file.ts

/* harmony default export */ const hooks_copied_deploy_file = (defineRule({
    id: 'hooks-copied-deploy-file',
    severity: 'notice',
    summary: 'A deploy hook copies a Procfile or a web server config into the stack path: that copy is what the server uses.',
    messages: {
        checked: 'This {point} hook puts `{source}` in place of `{destination}`, so that is the file Cloud 66 uses; rack-check checks `{source}` as `{destination}`.',
        notInRepo: 'This {point} hook puts a file from outside the repository in place of `{destination}`, so the `{destination}` in the repository may not be the one Cloud 66 uses; rack-check can only check the repository\'s.',
        buildOnly: 'This {point} hook puts `{source}` in place of `{destination}` only while the app is built (`apply_during: build_only`); later deploys use the repository\'s `{destination}`, which is the one rack-check checks.'
    },
    check(ctx) {
        const { app, web } = ctx.analysis;
        const relevant = new Set(['Procfile', `Procfile_${app.environment}`, ...(web?.facts.configFiles ?? []), 'config/puma.rb', `config/puma/${app.environment}.rb`, 'config/unicorn.rb', 'config/thin.yml']);
        for (const copy of app.deployHooks?.copies ?? []) {
            if (!relevant.has(copy.destination))
                continue;
            const data = { point: '`' + copy.hook.point.name + '`', source: copy.source ?? '', destination: copy.destination };
            if (copy.buildOnly)
                ctx.report(copy.at, 'buildOnly', data);
            else if (copy.source !== null && app.replaced.get(copy.destination)?.source === copy.source)
                ctx.report(copy.at, 'checked', data);
            else
                ctx.report(copy.at, 'notInRepo', data);
        }
    }
}));

;// CONCATENATED MODULE: ./src/rules/hooks-not-a-list.ts


/* harmony default export */ const hooks_not_a_list = (defineRule({
    id: 'hooks-not-a-list',
    severity: 'error',
    summary: 'A deploy hook point holds a single mapping or value instead of a list of hooks.',
    messages: {
        mapping: '`{name}` holds a single mapping, but a hook point takes a list of hooks; start the hook with `- ` (e.g. `- command: …`).',
        value: '`{name}` holds {value}, but a hook point takes a list of hooks (`- command: …`, `target: …`).'
    },
    check(ctx) {
        for (const point of ctx.analysis.app.deployHooks?.points ?? []) {
            const v = point.value;
            if (!v || v.kind === 'seq' || (v.kind === 'scalar' && v.value === null))
                continue;
            if (v.kind === 'map')
                ctx.report(point.keyAt, 'mapping', { name: point.name });
            else
                ctx.report(v.at, 'value', { name: point.name, value: '`' + shown(v) + '`' });
        }
    }
}));

;// CONCATENATED MODULE: ./src/rules/hooks-pumactl-restart.ts


/* harmony default export */ const hooks_pumactl_restart = (defineRule({
    id: 'hooks-pumactl-restart',
    severity: 'notice',
    summary: 'A deploy hook restarts Puma with `pumactl … restart`: obsolete advice; Cloud 66 restarts the web server itself.',
    messages: {
        pumactl: 'This hook runs `pumactl {command}`, the 2017–2019 advice for when Puma ignored Cloud 66\'s restart; today Cloud 66 sends the restart signal itself ({signal}), so this restarts Puma a second time; remove the hook and set `restart_signal` under `procfile_metadata` if you need another signal.'
    },
    check(ctx) {
        const { app, restart } = ctx.analysis;
        for (const hook of app.deployHooks?.hooks ?? []) {
            const command = field(hook, 'command');
            if (!command)
                continue;
            for (const c of hookCommands(command.text)) {
                const words = programWords(c);
                if (!words[0] || words[0].split('/').pop() !== 'pumactl')
                    continue;
                const verb = words.find((w) => w === 'restart' || w === 'phased-restart');
                if (verb)
                    ctx.report(command.at, 'pumactl', { command: verb, signal: restart ? restart.signal.toUpperCase() : 'USR2 by default' });
            }
        }
    }
}));

;// CONCATENATED MODULE: ./src/rules/hooks-unknown-hook-point.ts



/* harmony default export */ const hooks_unknown_hook_point = (defineRule({
    id: 'hooks-unknown-hook-point',
    severity: 'warning',
    summary: 'A deploy hook point that Cloud 66 does not document, so its hooks never run.',
    messages: {
        unknown: '`{name}` is not a Cloud 66 hook point, so these hooks never run; use one of the documented points (e.g. `after_checkout`, `after_bundle`, `before_restart`, `after_rails`, `last_thing`).',
        typo: '`{name}` is not a Cloud 66 hook point, so these hooks never run; did you mean `{suggestion}`?'
    },
    check(ctx) {
        for (const point of ctx.analysis.app.deployHooks?.points ?? []) {
            if (HOOK_POINTS.has(point.name))
                continue;
            // a top-level key whose value is not a mapping is a hook point with no environment; an
            // environment-level key is always a hook point
            const suggestion = didYouMean(point.name, HOOK_POINTS);
            if (suggestion)
                ctx.report(point.keyAt, 'typo', { name: point.name, suggestion });
            else
                ctx.report(point.keyAt, 'unknown', { name: point.name });
        }
    }
}));

;// CONCATENATED MODULE: ./src/model/signals.ts
/** Linux signal names (signal(7)), lower case, without `SIG`. */
const SIGNAL_NAMES = new Set([
    'hup', 'int', 'quit', 'ill', 'trap', 'abrt', 'iot', 'bus', 'fpe', 'kill', 'usr1', 'segv', 'usr2', 'pipe', 'alrm', 'term',
    'stkflt', 'chld', 'cont', 'stop', 'tstp', 'ttin', 'ttou', 'urg', 'xcpu', 'xfsz', 'vtalrm', 'prof', 'winch', 'io', 'poll', 'pwr', 'sys'
]);
function readSignal(text, at) {
    const spelling = [];
    let t = text;
    if (t.startsWith(':')) {
        spelling.push('symbol');
        t = t.slice(1);
    }
    if (t !== t.toLowerCase())
        spelling.push('upper-case');
    t = t.toLowerCase();
    if (t.startsWith('sig') && SIGNAL_NAMES.has(t.slice(3))) {
        spelling.push('sig-prefix');
        t = t.slice(3);
    }
    return SIGNAL_NAMES.has(t) ? { text, at, name: t, spelling } : { text, at, name: null, spelling: [] };
}
/** Where each character of a scalar's value sits in the file, when it can be known exactly. */
function valueOffset(file, s) {
    const [start, end] = file.offsets(s.at);
    const raw = file.text.slice(start, end);
    const value = String(s.value);
    if (raw === value)
        return start;
    if (s.quoted && raw.length >= 2 && raw.slice(1, -1) === value)
        return start + 1;
    return null;
}
/** `term, 90, kill` → signal, seconds, signal; each with its own position when it can be found. */
function parseStopSequence(file, s) {
    const value = String(s.value);
    const base = valueOffset(file, s);
    const steps = [];
    let problem = null;
    let from = 0;
    const parts = value.split(',');
    parts.forEach((part, i) => {
        const lead = part.length - part.trimStart().length;
        const word = part.trim();
        const start = from + lead;
        from += part.length + 1;
        const at = base === null ? s.at : file.span(base + start, base + start + Math.max(word.length, 1));
        const wantSignal = i % 2 === 0;
        if (word === '') {
            problem ??= { at, kind: 'empty-step' };
            steps.push({ kind: 'other', word, at });
            return;
        }
        if (/^\d+$/.test(word)) {
            steps.push({ kind: 'seconds', word, at });
            if (wantSignal)
                problem ??= { at, kind: 'expected-signal' };
            return;
        }
        const signal = readSignal(word, at);
        steps.push({ kind: signal.name ? 'signal' : 'other', word, at, signal });
        if (!wantSignal)
            problem ??= { at, kind: 'expected-seconds' };
    });
    const last = steps[steps.length - 1];
    if (last && last.kind === 'seconds' && !problem)
        problem = { at: last.at, kind: 'ends-with-seconds' };
    return { steps, problem };
}

;// CONCATENATED MODULE: ./src/rules/metadata-invalid-value.ts




/* harmony default export */ const metadata_invalid_value = (defineRule({
    id: 'metadata-invalid-value',
    severity: 'error',
    summary: 'A `procfile_metadata` value Cloud 66 cannot use: not a mapping, not a signal, a malformed `stop_sequence`, a `restart_on_deploy` that is not a boolean.',
    messages: {
        notMapping: '`{where}` must map each process name to its settings, but it holds {value}; write e.g. `web:` then `restart_signal: usr1` indented under it.',
        processNotMapping: '`{process}` must hold settings (`restart_signal`, `stop_sequence`, `restart_on_deploy`), but it holds {value}; e.g. `{process}:` then `  restart_signal: usr1`.',
        notSignal: '`{text}` is not a signal name; `restart_signal` takes one signal, written like `usr1`, `usr2` or `hup`.',
        sequenceNumber: '`stop_sequence` is the number {text}; it must list signals and waits in seconds, e.g. `term, 90, kill`.',
        sequenceNotString: '`stop_sequence` must be a string of signals and waits in seconds, e.g. `term, 90, kill`, but it holds {value}.',
        sequenceWord: '`{text}` in `stop_sequence` is not a signal name; the sequence alternates signals and waits in seconds, e.g. `term, 90, kill`.',
        sequenceOrder: '`stop_sequence` must alternate signal, seconds, signal, … and end with a signal (e.g. `term, 90, kill`); {problem}.',
        loneKill: '`stop_sequence: kill` kills the process at once, with no time to finish its work; start with a signal it stops gracefully on, e.g. `term, 90, kill`.',
        notBoolean: '`restart_on_deploy` must be `true` or `false`, but it is {value}.',
        quotedBoolean: '`restart_on_deploy` is the string "{text}", not the boolean; how Cloud 66 reads a quoted value is not documented; write it without quotes.'
    },
    check(ctx) {
        const manifest = ctx.analysis.app.manifest;
        if (!manifest)
            return;
        for (const block of manifest.metadata) {
            if (block.value === null || (block.value.kind === 'scalar' && block.value.value === null))
                continue;
            if (block.value.kind !== 'map') {
                ctx.report(block.value.at, 'notMapping', { where: blockName(block), value: shown(block.value) });
                continue;
            }
            for (const p of block.value.pairs) {
                if (p.value && p.value.kind !== 'map' && !(p.value.kind === 'scalar' && p.value.value === null))
                    ctx.report(p.value.at, 'processNotMapping', { process: p.key, value: describe(p.value) });
            }
        }
        for (const { setting } of metadataSettings(manifest)) {
            const v = setting.value;
            if (!v || (v.kind === 'scalar' && (v.value === null || v.erb)))
                continue;
            if (setting.key === 'restart_signal') {
                if (v.kind !== 'scalar')
                    ctx.report(v.at, 'notSignal', { text: shown(v) });
                else if (!readSignal(String(v.value).trim(), v.at).name)
                    ctx.report(v.at, 'notSignal', { text: String(v.value) });
            }
            else if (setting.key === 'stop_sequence' || setting.key === 'web_server_stop_signals') {
                if (v.kind !== 'scalar')
                    ctx.report(v.at, 'sequenceNotString', { value: shown(v) });
                else if (typeof v.value === 'number' && !v.quoted)
                    ctx.report(v.at, 'sequenceNumber', { text: String(v.value) });
                else if (typeof v.value !== 'string')
                    ctx.report(v.at, 'sequenceNotString', { value: String(v.value) });
                else {
                    const seq = parseStopSequence(manifest.file, v);
                    const bad = seq.steps.find((s) => s.kind === 'other' && s.word !== '');
                    if (bad)
                        ctx.report(bad.at, 'sequenceWord', { text: bad.word });
                    else if (seq.problem)
                        ctx.report(seq.problem.at, 'sequenceOrder', { problem: ORDER[seq.problem.kind] });
                    else if (seq.steps.length === 1 && seq.steps[0].signal?.name === 'kill')
                        ctx.report(seq.steps[0].at, 'loneKill', {}, { severity: 'notice' });
                }
            }
            else if (setting.key === 'restart_on_deploy') {
                if (v.kind === 'scalar' && typeof v.value === 'boolean' && !v.quoted)
                    continue;
                if (v.kind === 'scalar' && v.quoted && (v.value === 'true' || v.value === 'false'))
                    ctx.report(v.at, 'quotedBoolean', { text: v.value }, { severity: 'warning' });
                else
                    ctx.report(v.at, 'notBoolean', { value: v.kind === 'scalar' ? '`' + String(v.value) + '`' : shown(v) });
            }
        }
    }
}));
const ORDER = {
    'empty-step': 'a step is empty (two commas in a row, or a trailing comma)',
    'expected-signal': 'a number stands where a signal belongs',
    'expected-seconds': 'two signals follow each other with no wait between them',
    'ends-with-seconds': 'it ends with a wait instead of a signal'
};
function describe(v) {
    return v.kind === 'seq' ? 'a list' : 'a single value';
}

;// CONCATENATED MODULE: ./src/rules/metadata-placement.ts



/* harmony default export */ const metadata_placement = (defineRule({
    id: 'metadata-placement',
    severity: 'warning',
    summary: '`procfile_metadata` at the top level and under an environment: whether Cloud 66 merges them is not documented.',
    messages: {
        conflict: '`{block}.{process}.{key}` is `{value}` here and `{other}` at the top level (line {line}); Cloud 66\'s docs do not say which one wins (rack-check uses the environment\'s); keep one `procfile_metadata`.',
        both: '`procfile_metadata` is set at the top level (line {line}) and under `{environment}`; Cloud 66\'s docs do not say whether the two are merged (rack-check uses the environment\'s block for it); keep one.'
    },
    check(ctx) {
        const manifest = ctx.analysis.app.manifest;
        const top = manifest?.metadata.find((b) => b.environment === null);
        if (!manifest || !top)
            return;
        for (const block of manifest.metadata) {
            if (block === top)
                continue;
            let conflicts = 0;
            if (block.value?.kind === 'map' && top.value?.kind === 'map') {
                for (const process of block.value.pairs) {
                    const same = top.value.pairs.find((p) => p.key === process.key || (['web', 'custom_web'].includes(p.key) && ['web', 'custom_web'].includes(process.key)));
                    if (process.value?.kind !== 'map' || same?.value?.kind !== 'map')
                        continue;
                    for (const setting of process.value.pairs) {
                        const other = same.value.pairs.find((p) => p.key === setting.key);
                        if (!other || shown(other.value) === shown(setting.value))
                            continue;
                        conflicts++;
                        ctx.report(setting.value?.at ?? setting.keyAt, 'conflict', { block: blockName(block), process: process.key, key: setting.key, value: shown(setting.value), other: shown(other.value), line: other.keyAt.line });
                    }
                }
            }
            if (conflicts === 0)
                ctx.report(block.keyAt, 'both', { line: top.keyAt.line, environment: block.environment ?? '' }, { severity: 'notice' });
        }
    }
}));

;// CONCATENATED MODULE: ./src/rules/metadata-signal-spelling.ts



/* harmony default export */ const metadata_signal_spelling = (defineRule({
    id: 'metadata-signal-spelling',
    severity: 'warning',
    summary: 'A signal in `procfile_metadata` written in upper case, with `SIG`, or as a Ruby symbol (`:term`).',
    messages: {
        spelling: '`{text}`: Cloud 66\'s examples write signals in lower case without `SIG` or `:` (`{name}`), and whether other spellings are accepted is not documented; write `{name}`.'
    },
    check(ctx) {
        const manifest = ctx.analysis.app.manifest;
        if (!manifest)
            return;
        const words = [];
        for (const { setting } of metadataSettings(manifest)) {
            const v = setting.value;
            if (v?.kind !== 'scalar' || typeof v.value !== 'string' || v.erb)
                continue;
            if (setting.key === 'restart_signal')
                words.push(readSignal(v.value.trim(), v.at));
            if (setting.key === 'stop_sequence' || setting.key === 'web_server_stop_signals')
                words.push(...parseStopSequence(manifest.file, v).steps.flatMap((s) => (s.signal ? [s.signal] : [])));
        }
        for (const w of words)
            if (w.name && w.spelling.length)
                ctx.report(w.at, 'spelling', { text: w.text, name: w.name });
    }
}));

;// CONCATENATED MODULE: ./src/rules/metadata-unknown-key.ts


/** The three documented keys (cloud66.md §4.1). */
const METADATA_KEYS = ['restart_signal', 'stop_sequence', 'restart_on_deploy'];
/** Keys of Maestro's service.yml, a different product (cloud66.md §4.2). */
const MAESTRO = new Set(['stop_sign', 'stop_grace', 'pre_stop_sequence']);
/* harmony default export */ const metadata_unknown_key = (defineRule({
    id: 'metadata-unknown-key',
    severity: 'warning',
    summary: 'A key under a `procfile_metadata` process that Cloud 66 does not document.',
    messages: {
        unknown: '`{key}` is not a `procfile_metadata` setting, so Cloud 66 ignores it; the settings are `restart_signal`, `stop_sequence` and `restart_on_deploy`.',
        typo: '`{key}` is not a `procfile_metadata` setting, so Cloud 66 ignores it; did you mean `{suggestion}`?',
        maestro: '`{key}` is a setting of Maestro\'s `service.yml` (Docker services), not of `procfile_metadata`, so Cloud 66 ignores it here; use `stop_sequence` (e.g. `term, 90, kill`).',
        legacy: '`web_server_stop_signals` is the 2017 name of `stop_sequence` (renamed in October 2018), and whether Cloud 66 still reads it is not documented; rename it `stop_sequence`.'
    },
    check(ctx) {
        for (const { setting } of metadataSettings(ctx.analysis.app.manifest)) {
            const key = setting.key;
            if (METADATA_KEYS.includes(key))
                continue;
            if (key === 'web_server_stop_signals')
                ctx.report(setting.keyAt, 'legacy');
            else if (MAESTRO.has(key))
                ctx.report(setting.keyAt, 'maestro', { key });
            else {
                const suggestion = didYouMean(key, METADATA_KEYS);
                if (suggestion)
                    ctx.report(setting.keyAt, 'typo', { key, suggestion });
                else
                    ctx.report(setting.keyAt, 'unknown', { key });
            }
        }
    }
}));

;// CONCATENATED MODULE: ./src/rules/metadata-unknown-process.ts


/* harmony default export */ const metadata_unknown_process = (defineRule({
    id: 'metadata-unknown-process',
    severity: 'warning',
    summary: 'A `procfile_metadata` process that the Procfile does not have (`web` and `custom_web` both mean the custom web server).',
    messages: {
        missing: 'The Procfile has no `{process}` process, so these settings apply to nothing; use the name of a Procfile entry.',
        typo: 'The Procfile has no `{process}` process, so these settings apply to nothing; did you mean `{suggestion}`?',
        noCustomWeb: 'The Procfile has no `custom_web` entry, so Passenger serves the app and these `custom_web` settings apply to nothing.',
        both: '`{block}` names the web server twice, as `web` (line {line}) and as `custom_web`; both mean the `custom_web` process (Cloud 66\'s examples use `web`), and which one wins is not documented; keep one.'
    },
    check(ctx) {
        const { manifest, procfiles, web } = ctx.analysis.app;
        if (!manifest || procfiles.length === 0)
            return;
        const names = new Set(procfiles.flatMap((p) => p.entries.map((e) => e.name)));
        for (const block of manifest.metadata) {
            if (block.value?.kind !== 'map')
                continue;
            const webKey = block.value.pairs.find((p) => p.key === 'web');
            for (const process of block.value.pairs) {
                const name = process.key;
                if (name === 'custom_web') {
                    if (!web)
                        ctx.report(process.keyAt, 'noCustomWeb');
                    else if (webKey)
                        ctx.report(process.keyAt, 'both', { block: blockName(block), line: webKey.keyAt.line }, { severity: 'notice' });
                    continue;
                }
                // Cloud 66's own examples key the custom web server as `web` (cloud66.md §4.6)
                if (name === 'web' || names.has(name))
                    continue;
                const suggestion = didYouMean(name, names);
                if (suggestion)
                    ctx.report(process.keyAt, 'typo', { process: name, suggestion });
                else
                    ctx.report(process.keyAt, 'missing', { process: name });
            }
        }
    }
}));

;// CONCATENATED MODULE: ./src/rules/passenger-transition.ts

/* harmony default export */ const passenger_transition = (defineRule({
    id: 'passenger-transition',
    severity: 'warning',
    summary: 'The change switches the app to or from Passenger, which Cloud 66\'s docs say is not applied to an existing app.',
    messages: {
        toCustom: 'This change moves the web server from Passenger to {to}; per Cloud 66\'s docs a change to or from Passenger is not applied after an app\'s initial build, so an existing app keeps Passenger; build a new app with this Procfile, or add a new server and retire the old one (switching among Puma, Unicorn and Thin is applied on redeploy).',
        toPassenger: 'This change removes `custom_web`, so the app would be served by Passenger instead of {from}; per Cloud 66\'s docs a change to or from Passenger is not applied after an app\'s initial build, so an existing app keeps {from}; build a new app, or add a new server and retire the old one.'
    },
    check(ctx) {
        const { change, web, app } = ctx.analysis;
        if (!change || change.direction === 'none')
            return;
        const data = { from: change.transition.from, to: change.transition.to };
        if (change.direction === 'to-custom' && web)
            return ctx.report(web.procfile.span(web.entry.nameStart, web.entry.nameEnd), 'toCustom', data);
        // no custom_web any more: line 1 of the Procfile, or of whichever deployment file remains
        const file = app.procfiles[0]?.file ?? app.manifest?.file ?? app.deployHooks?.file;
        if (file)
            ctx.report(file.lineSpan(1), 'toPassenger', data);
    }
}));

;// CONCATENATED MODULE: ./src/rules/procfile-commented-custom-web.ts

/* harmony default export */ const procfile_commented_custom_web = (defineRule({
    id: 'procfile-commented-custom-web',
    severity: 'notice',
    summary: 'The only `custom_web` entry is commented out, so Passenger serves the app.',
    messages: {
        commented: 'This `custom_web` entry is commented out, so Cloud 66 serves the app with Passenger; remove the `#` to run this server instead (before the app is first built: a later switch from Passenger is not applied).'
    },
    check(ctx) {
        if (ctx.analysis.app.web)
            return;
        for (const p of ctx.analysis.app.procfiles) {
            for (const c of p.commentedEntries)
                if (c.name === 'custom_web')
                    ctx.report(p.file.span(c.start, c.end), 'commented');
        }
    }
}));

;// CONCATENATED MODULE: ./src/rules/procfile-crlf.ts

/* harmony default export */ const procfile_crlf = (defineRule({
    id: 'procfile-crlf',
    severity: 'warning',
    summary: 'The Procfile has Windows (CR LF) line endings.',
    messages: {
        crlf: 'This Procfile has CR LF line endings on {count} line(s); a reader that splits on LF keeps the carriage return in the last argument (for example the PID file name); save the file with LF line endings.'
    },
    check(ctx) {
        for (const p of ctx.analysis.app.procfiles) {
            if (p.crlfLines.length > 0)
                ctx.report(p.file.lineSpan(p.crlfLines[0]), 'crlf', { count: p.crlfLines.length });
        }
    }
}));

;// CONCATENATED MODULE: ./src/rules/procfile-duplicate-process.ts

/* harmony default export */ const procfile_duplicate_process = (defineRule({
    id: 'procfile-duplicate-process',
    severity: 'error',
    summary: 'Two Procfile entries have the same name, so one of them is lost.',
    messages: {
        lost: '`{name}` is defined again on line {line}; Procfile readers keep one entry per name (the last), so this one is lost; give each process its own name.'
    },
    check(ctx) {
        for (const p of ctx.analysis.app.procfiles) {
            for (const [lost, kept] of p.duplicates)
                ctx.report(p.file.span(lost.nameStart, lost.nameEnd), 'lost', { name: lost.name, line: kept.line });
        }
    }
}));

;// CONCATENATED MODULE: ./src/rules/procfile-environment-override.ts


/* harmony default export */ const procfile_environment_override = (defineRule({
    id: 'procfile-environment-override',
    severity: 'notice',
    summary: '`Procfile` and `Procfile_<environment>` both define `custom_web`.',
    messages: {
        both: '`{file}` and `{other}` both define `custom_web`; Cloud 66 does not document which one wins, and rack-check checks the one in `{file}`; keep `custom_web` in one file.'
    },
    check(ctx) {
        const { procfiles, web } = ctx.analysis.app;
        if (!web || procfiles.length < 2)
            return;
        const other = procfiles.find((p) => p !== web.procfile && procfileEntry(p, 'custom_web'));
        if (!other)
            return;
        ctx.report(web.procfile.file.span(web.entry.nameStart, web.entry.nameEnd), 'both', { file: web.procfile.file.path, other: other.file.path });
    }
}));

;// CONCATENATED MODULE: ./src/rules/procfile-invalid-line.ts

/* harmony default export */ const procfile_invalid_line = (defineRule({
    id: 'procfile-invalid-line',
    severity: 'error',
    summary: 'A Procfile line is not a `name: command` entry, so Procfile readers skip it.',
    messages: {
        noColon: 'This line is not a `name: command` entry and Procfile readers skip it; write `name: command`, or start the line with `#` to make it a comment.',
        badName: 'A process name may hold only letters, digits, `_` and `-`, so Procfile readers skip this line; rename the process.',
        indented: 'The `{name}` entry is indented, and Procfile readers only match entries at the start of a line, so this process is never started; remove the leading whitespace.',
        emptyCommand: 'The `{name}` entry has no command, so it starts nothing; add the command or remove the line.'
    },
    check(ctx) {
        const ids = { 'no-colon': 'noColon', 'bad-name': 'badName', indented: 'indented', 'empty-command': 'emptyCommand' };
        for (const p of ctx.analysis.app.procfiles) {
            for (const bad of p.invalid)
                ctx.report(p.file.span(bad.start, bad.end), ids[bad.reason], { name: bad.name ?? '' });
        }
    }
}));

;// CONCATENATED MODULE: ./src/rules/restart-phased-falls-back.ts


/* harmony default export */ const restart_phased_falls_back = (defineRule({
    id: 'restart-phased-falls-back',
    severity: 'warning',
    summary: '`restart_signal: usr1` asks Puma for a phased restart, but this Puma does a hot restart instead (single mode or preloaded app).',
    messages: {
        singleMode: '`usr1` asks for a phased restart, but {server} runs in single mode ({where}), where USR1 falls back to a hot restart (measured); set `workers 2` or more for phased restarts, or use `usr2`, which is what happens anyway.',
        preload: '`usr1` asks for a phased restart, but `{setting}` ({where}) preloads the app, and a preloaded Puma falls back to a hot restart on USR1 (measured); remove it (and use `prune_bundler`), or use `usr2`, which is what happens anyway.',
        webConcurrency: '`usr1` asks for a phased restart, but on {server} `WEB_CONCURRENCY` above 1 in the environment turns `preload_app` on by default ({where}), so USR1 falls back to a hot restart (measured on Puma 5.6.5); write `preload_app! false` in the config file, or set the worker count with `workers` instead.',
        defaultPreload: '`usr1` asks for a phased restart, but {server} preloads the app by default in cluster mode ({where}), so USR1 falls back to a hot restart (measured on Puma 7.2.1 and 8.0.2); write `preload_app! false` or `prune_bundler` in the config file.'
    },
    check(ctx) {
        const { restart, web } = ctx.analysis;
        if (!restart?.setBy || !web || restart.signal !== 'usr1' || !restart.effect.fallback)
            return;
        const cause = restart.effect.cause;
        const at = cause?.at;
        const where = at ? `${at.file}:${at.line}` : restart.effect.fallback === 'single-mode' ? 'no `workers` setting' : 'the default';
        const setting = at ? ctx.analysis.textAt(at) : (cause?.text ?? '');
        const message = { 'single-mode': 'singleMode', preload: 'preload', 'default-preload': 'defaultPreload', 'web-concurrency': 'webConcurrency' }[restart.effect.fallback];
        ctx.report(restart.setBy.at, message, { server: serverLabel(web), where, setting: setting.split('\n')[0] });
    }
}));

;// CONCATENATED MODULE: ./src/rules/restart-phased-without-prune-bundler.ts

/* harmony default export */ const restart_phased_without_prune_bundler = (defineRule({
    id: 'restart-phased-without-prune-bundler',
    severity: 'notice',
    summary: 'Phased restarts (`restart_signal: usr1`) on a Puma without `prune_bundler`: gem changes are not picked up.',
    messages: {
        noPrune: 'Phased restarts keep the master\'s loaded gems: without `prune_bundler` in the Puma config, a deploy that changes Gemfile.lock runs new workers on the old bundle (Puma docs/restart.md); add `prune_bundler`, as Cloud 66\'s Puma page advises.'
    },
    check(ctx) {
        const { restart, web } = ctx.analysis;
        if (!restart?.setBy || !web || restart.effect.effect !== 'phased-restart')
            return;
        const prune = (web.ifStarted ?? web.facts).settings?.pruneBundler;
        if (prune?.value === false)
            ctx.report(restart.setBy.at, 'noPrune');
    }
}));

;// CONCATENATED MODULE: ./src/rules/restart-signal-not-restart.ts


/* harmony default export */ const restart_signal_not_restart = (defineRule({
    id: 'restart-signal-not-restart',
    severity: 'error',
    summary: 'The restart signal Cloud 66 sends on deploy stops, suspends or does not restart this server.',
    messages: {
        stops: 'On deploy Cloud 66 sends {signal} to {server}, which {does} — so the deploy takes the site down instead of restarting it; {fix}.',
        suspends: 'On deploy Cloud 66 sends {signal} to {server}, which {does} — so the site hangs after the deploy; {fix}.',
        noRestart: 'On deploy Cloud 66 sends {signal} to {server}, which {does} — so the new code is never loaded; {fix}.',
        bluepill: 'Under Bluepill Cloud 66 restarts every web server with USR2 (cloud66.md §5.3, read literally), and {server} {does}; check how your stack restarts Thin, or move the server to systemd.'
    },
    check(ctx) {
        const { restart, web } = ctx.analysis;
        if (!restart || !web)
            return;
        const e = restart.effect.effect;
        const kind = e === 'stop' ? 'stops' : e === 'suspend' ? 'suspends' : e === 'none' || e === 'reopen-logs' ? 'noRestart' : null;
        if (!kind)
            return;
        const data = { signal: restart.signal.toUpperCase(), server: serverLabel(web), does: restart.effect.does, fix: fix(web.server) };
        if (restart.setBy)
            ctx.report(restart.setBy.at, kind, data);
        // a default signal that does not restart: only Bluepill's USR2 to a server without a USR2 handler
        else
            ctx.report(web.procfile.span(web.entry.nameStart, web.entry.nameEnd), 'bluepill', data, { severity: 'warning' });
    }
}));
function fix(server) {
    switch (server) {
        case 'puma':
            return 'use `restart_signal: usr2` (hot restart) or `usr1` (phased restart in cluster mode), or remove `restart_signal` for the default USR2';
        case 'unicorn':
            return 'use `restart_signal: usr2` (new master, the default) or `hup` (reload the config), or remove `restart_signal`';
        case 'thin':
            return 'use `restart_signal: hup` (the default for Thin), or remove `restart_signal`';
        default:
            return 'use a signal this server restarts on, or remove `restart_signal`';
    }
}

;// CONCATENATED MODULE: ./src/rules/server-gem-not-locked.ts

/* harmony default export */ const server_gem_not_locked = (defineRule({
    id: 'server-gem-not-locked',
    severity: 'error',
    summary: 'The `custom_web` server runs through Bundler, but Gemfile.lock does not lock its gem.',
    messages: {
        missing: '`{program}` runs through Bundler, but Gemfile.lock does not lock the `{gem}` gem, so Bundler refuses to start it; add `gem "{gem}"` to the Gemfile and run `bundle install`.'
    },
    check(ctx) {
        const web = ctx.analysis.web;
        const p = web?.facts.bootProblems.find((b) => b.kind === 'not-bundled');
        if (p)
            ctx.report(p.at, 'missing', { program: p.data.program, gem: p.data.gem });
    }
}));

;// CONCATENATED MODULE: ./src/rules/stop-sequence-not-graceful.ts


/** The signal each server stops gracefully on (servers.md §1.6, §2.4, §3.3). */
const GRACEFUL = { puma: 'term', unicorn: 'quit', thin: 'quit' };
/* harmony default export */ const stop_sequence_not_graceful = (defineRule({
    id: 'stop-sequence-not-graceful',
    severity: 'warning',
    summary: 'The web server\'s `stop_sequence` does not start with a signal that stops this server gracefully.',
    messages: {
        notStop: 'The stop sequence starts with {signal}, and {server} {does}, so the process is still running when the next signal comes; start with `{graceful}`, e.g. `{example}`.',
        abrupt: 'The stop sequence starts with {signal}, and {server} {does}; start with `{graceful}`, which lets the requests in flight finish, e.g. `{example}`.'
    },
    check(ctx) {
        const { restart, web } = ctx.analysis;
        const stop = restart?.stop;
        if (!restart || !web || !stop?.setBy || !stop.first || !stop.sequence || stop.sequence.problem)
            return;
        const graceful = GRACEFUL[web.server];
        if (!graceful)
            return;
        const step = stop.sequence.steps[0];
        const e = stop.first;
        if (e.effect === 'stop' && e.graceful)
            return;
        if (e.effect === 'unknown')
            return;
        const example = web.server === 'unicorn' ? 'quit, 75, term, 15, kill' : web.server === 'thin' ? 'quit, 75, int, 15, kill' : 'term, 90, kill';
        ctx.report(step.at, e.effect === 'stop' ? 'abrupt' : 'notStop', { signal: step.signal?.name?.toUpperCase() ?? step.word, server: serverLabel(web), does: e.does, graceful, example });
    }
}));

;// CONCATENATED MODULE: ./src/rules/thin-config-shell-variable.ts

/* harmony default export */ const thin_config_shell_variable = (defineRule({
    id: 'thin-config-shell-variable',
    severity: 'warning',
    summary: "A shell-style `$VARIABLE` in Thin's YAML config, which Thin does not expand.",
    messages: {
        literal: 'Thin does not expand shell variables in `{path}`: `{key}` is the literal text `{value}`; write the value, or use ERB, which Thin does run (`<%= ENV["{variable}"] %>`).'
    },
    check(ctx) {
        const web = ctx.analysis.web;
        if (!web)
            return;
        for (const n of web.facts.flagNotes) {
            if (n.kind !== 'thin-yaml-variable')
                continue;
            const variable = /\$\{?([A-Za-z_][A-Za-z0-9_]*)/.exec(n.data.value)?.[1] ?? 'NAME';
            ctx.report(n.at, 'literal', { path: n.data.path, key: n.data.key, value: n.data.value, variable });
        }
    }
}));

;// CONCATENATED MODULE: ./src/rules/thin-pid-needs-daemon.ts

/* harmony default export */ const thin_pid_needs_daemon = (defineRule({
    id: 'thin-pid-needs-daemon',
    severity: 'warning',
    summary: 'Thin writes its PID file only when it daemonizes, which systemd does not allow.',
    messages: {
        conflict: 'Thin writes its PID file only when it daemonizes, so without `-d` /tmp/web_server.pid is never written, and with `-d` systemd loses track of the server; Cloud 66\'s documented Thin line has this conflict, so consider Puma or Unicorn, or confirm with Cloud 66 how your server tracks Thin.'
    },
    check(ctx) {
        const web = ctx.analysis.web;
        if (!web || !web.ifStarted || ctx.options.processManager !== 'systemd')
            return;
        if (web.ifStarted.pidFile.reason === 'thin-needs-daemon')
            ctx.report(web.ifStarted.pidFile.at, 'conflict');
    }
}));

;// CONCATENATED MODULE: ./src/rules/web-competes-with-custom-web.ts

/* harmony default export */ const web_competes_with_custom_web = (defineRule({
    id: 'web-competes-with-custom-web',
    severity: 'error',
    summary: '`web:` and `custom_web:` would both use the socket or the PID file.',
    messages: {
        compete: '`web:` and `custom_web:` both {what}; two servers cannot share them, and whichever starts second fails or overwrites the first; remove the `web:` entry (Cloud 66 runs `custom_web`) or give it its own port and PID file.'
    },
    check(ctx) {
        const { web, herokuWeb } = ctx.analysis;
        if (!web || !herokuWeb)
            return;
        // with no locked version a line may claim the socket on some versions only: that still competes
        const claims = (v) => v.value === true || (v.reason === 'version' && v.data.someVersions === 'true');
        const shared = [];
        const a = web.ifStarted ?? web.facts;
        const b = herokuWeb.ifStarted ?? herokuWeb.facts;
        if (claims(a.socket) && claims(b.socket))
            shared.push('serve /tmp/web_server.sock');
        if (claims(a.pidFile) && claims(b.pidFile))
            shared.push('write /tmp/web_server.pid');
        if (shared.length === 0)
            return;
        ctx.report(herokuWeb.procfile.span(herokuWeb.entry.nameStart, herokuWeb.entry.nameEnd), 'compete', { what: shared.join(' and ') });
    }
}));

;// CONCATENATED MODULE: ./src/rules/web-without-custom-web.ts

/* harmony default export */ const web_without_custom_web = (defineRule({
    id: 'web-without-custom-web',
    severity: 'warning',
    summary: 'A `web:` entry with no `custom_web` entry: Cloud 66 ignores `web:` on Rack apps.',
    messages: {
        ignored: 'Cloud 66 ignores `web:` on Rack apps and serves them with Passenger, so this command does not run; to use it as the web server, name it `custom_web` (before the app is first built: a later switch from Passenger is not applied).',
        rightCommandWrongName: 'This `web:` command serves /tmp/web_server.sock, but Cloud 66 ignores `web:` on Rack apps and serves them with Passenger; rename the entry to `custom_web` (before the app is first built: a later switch from Passenger is not applied).'
    },
    check(ctx) {
        const { app, herokuWeb } = ctx.analysis;
        if (app.web || !herokuWeb)
            return;
        const at = herokuWeb.procfile.span(herokuWeb.entry.nameStart, herokuWeb.entry.nameEnd);
        ctx.report(at, herokuWeb.facts.socket.value === true ? 'rightCommandWrongName' : 'ignored');
    }
}));

;// CONCATENATED MODULE: ./src/rules/yaml-duplicate-key.ts


/* harmony default export */ const yaml_duplicate_key = (defineRule({
    id: 'yaml-duplicate-key',
    severity: 'warning',
    summary: 'A key is written twice in the same mapping of the manifest or the deploy hooks, so the earlier value is lost.',
    messages: {
        lost: '`{key}` is written again on line {line}; YAML keeps only the last value, so this one is lost; merge the two.',
        hooks: '`{key}` is written again on line {line}; YAML keeps only the last list, so the hooks under this one never run; put all of them in one `{key}:` list.'
    },
    check(ctx) {
        const { manifest, deployHooks } = ctx.analysis.app;
        for (const d of manifest?.tree.duplicates ?? [])
            ctx.report(d.lost, 'lost', { key: d.key, line: d.kept.line });
        for (const d of deployHooks?.tree.duplicates ?? [])
            ctx.report(d.lost, HOOK_POINTS.has(d.key) ? 'hooks' : 'lost', { key: d.key, line: d.kept.line });
    }
}));

;// CONCATENATED MODULE: ./src/rules/yaml-syntax-error.ts

/* harmony default export */ const yaml_syntax_error = (defineRule({
    id: 'yaml-syntax-error',
    severity: 'error',
    summary: '`.cloud66/manifest.yml` or `.cloud66/deploy_hooks.yml` is not valid YAML.',
    messages: {
        manifest: '`{file}` is not valid YAML ({problem}); Cloud 66 cannot load it, so none of its settings apply; check it with `ruby -e "require \'yaml\'; YAML.load_file(\'{file}\')"`.',
        hooks: '`{file}` is not valid YAML ({problem}); Cloud 66 cannot load it, so none of its hooks run; check it with `ruby -e "require \'yaml\'; YAML.load_file(\'{file}\')"`.'
    },
    check(ctx) {
        const { manifest, deployHooks } = ctx.analysis.app;
        for (const [tree, message] of [
            [manifest?.tree, 'manifest'],
            [deployHooks?.tree, 'hooks']
        ]) {
            if (tree?.error)
                ctx.report(tree.error.at, message, { file: tree.file.path, problem: tree.error.message.replace(/\.$/, '') });
        }
    }
}));

;// CONCATENATED MODULE: ./src/rules/index.ts





































/** Every rule, by id. One id = one file = one docs page = one fixture folder. */
const rules_RULES = [
    custom_web_daemonizes,
    custom_web_extra_tcp_listener,
    custom_web_fails_to_boot,
    custom_web_misleading_flag,
    custom_web_no_pid_file,
    custom_web_no_socket,
    custom_web_undecided,
    custom_web_unknown_server,
    custom_web_without_bundle_exec,
    file_unreadable,
    hooks_bluepill_under_systemd,
    hooks_copied_deploy_file,
    hooks_not_a_list,
    hooks_pumactl_restart,
    hooks_unknown_hook_point,
    metadata_invalid_value,
    metadata_placement,
    metadata_signal_spelling,
    metadata_unknown_key,
    metadata_unknown_process,
    passenger_transition,
    procfile_commented_custom_web,
    procfile_crlf,
    procfile_duplicate_process,
    procfile_environment_override,
    procfile_invalid_line,
    restart_phased_falls_back,
    restart_phased_without_prune_bundler,
    restart_signal_not_restart,
    server_gem_not_locked,
    stop_sequence_not_graceful,
    thin_config_shell_variable,
    thin_pid_needs_daemon,
    web_competes_with_custom_web,
    web_without_custom_web,
    yaml_duplicate_key,
    yaml_syntax_error
];

;// CONCATENATED MODULE: ./src/servers/command.ts


const WRAPPERS_WITHOUT_ARGS = new Set(['exec', 'nohup']);
const SHELLS = new Set(['sh', 'bash', 'dash', 'zsh']);
function basename(p) {
    const i = p.lastIndexOf('/');
    return i < 0 ? p : p.slice(i + 1);
}
/** Maps a word parsed from inside another word's text back to the file. */
function remap(inner, outer) {
    const at = (k) => outer.offsets[Math.min(Math.max(k, 0), outer.offsets.length - 1)] ?? outer.start;
    return {
        ...inner,
        offsets: inner.offsets.map(at),
        start: at(inner.start),
        end: at(inner.end - 1) + 1,
        unknown: inner.unknown || outer.unknown
    };
}
function analyzeCommand(file, command, commandStart, environment) {
    const env = predictionEnvironment(environment);
    const result = {
        argv: null,
        unsupported: null,
        program: null,
        programName: '',
        bundleExec: false,
        binstub: false,
        cwd: APP_ROOT,
        env,
        unknownEnv: new Set(),
        unknownWords: []
    };
    const follow = (parse, map, depth) => {
        const span = (s, e) => file.span(s, e);
        if (parse.unsupported) {
            const u = parse.unsupported;
            const w = map({ text: '', offsets: [], start: u.start, end: u.end, unknown: false, unknownVars: [], vars: [] });
            result.unsupported = { at: span(w.start, w.end), what: u.what };
            return;
        }
        if (parse.commands.length === 0) {
            result.unsupported = { at: file.span(commandStart, commandStart + command.length), what: 'an empty command' };
            return;
        }
        // earlier commands of a `&&`/`;` list may change directory or export variables
        for (const c of parse.commands.slice(0, -1)) {
            const words = c.words.map(map);
            const name = words[0]?.text;
            if (name === 'cd') {
                const dir = words[1];
                if (!dir || dir.unknown)
                    result.cwd = null;
                else if (result.cwd !== null)
                    result.cwd = resolvePath(result.cwd, dir.text);
            }
            else if (name === 'export') {
                for (const w of words.slice(1)) {
                    const eq = w.text.indexOf('=');
                    if (eq > 0)
                        setVar(w.text.slice(0, eq), w.unknown ? null : w.text.slice(eq + 1));
                }
            }
            else if (words.length === 0) {
                for (const a of c.assignments)
                    if (a.value.unknown)
                        result.unknownEnv.add(a.name);
            }
        }
        const last = parse.commands[parse.commands.length - 1];
        for (const a of last.assignments)
            setVar(a.name, a.value.unknown ? null : a.value.text);
        let words = last.words.map(map);
        // strip wrappers in front of the program
        for (;;) {
            const head = words[0]?.text;
            if (head === undefined)
                break;
            if (WRAPPERS_WITHOUT_ARGS.has(head)) {
                words = words.slice(1);
                continue;
            }
            if (head === 'env') {
                let k = 1;
                while (k < words.length && /^[A-Za-z_][A-Za-z0-9_]*=/.test(words[k].text)) {
                    const w = words[k];
                    const eq = w.text.indexOf('=');
                    setVar(w.text.slice(0, eq), w.unknown ? null : w.text.slice(eq + 1));
                    k++;
                }
                if (words[k]?.text.startsWith('-')) {
                    result.unsupported = { at: span(words[k].start, words[k].end), what: '`env` with options' };
                    return;
                }
                words = words.slice(k);
                continue;
            }
            if ((head === 'bundle' || head === 'bundler') && words[1]?.text === 'exec') {
                result.bundleExec = true;
                let k = 2;
                while (k < words.length && words[k].text.startsWith('--'))
                    k++;
                words = words.slice(k);
                continue;
            }
            if (SHELLS.has(basename(head)) && words[1]?.text === '-c' && words[2] && depth < 3) {
                const inner = words[2];
                if (inner.unknown) {
                    result.unsupported = { at: span(inner.start, inner.end), what: 'a `sh -c` script built from an unknown variable' };
                    return;
                }
                const innerParse = parseShell(inner.text, 0, shellEnvironment(result.env));
                follow(innerParse, (w) => remap(w, inner), depth + 1);
                return;
            }
            if (head === 'ruby' && words[1] && !words[1].text.startsWith('-')) {
                words = words.slice(1);
                continue;
            }
            break;
        }
        if (words.length === 0) {
            result.unsupported = { at: file.span(commandStart, commandStart + command.length), what: 'a command with no program' };
            return;
        }
        result.argv = words;
        result.program = words[0];
        result.programName = basename(words[0].text);
        result.binstub = /^(\.\/)?bin\//.test(words[0].text);
        result.unknownWords = words.filter((w) => w.unknown);
    };
    const setVar = (name, value) => {
        if (value === null) {
            result.unknownEnv.add(name);
            result.env.delete(name);
        }
        else {
            result.unknownEnv.delete(name);
            result.env.set(name, value);
        }
    };
    const parse = parseShell(command, commandStart, shellEnvironment(env));
    follow(parse, (w) => w, 0);
    return result;
}

;// CONCATENATED MODULE: ./src/servers/types.ts
const SOCKET_PATH = '/tmp/web_server.sock';
const PID_PATH = '/tmp/web_server.pid';
function verdict(value, reason, at, data = {}) {
    return { value, reason, at, data };
}

;// CONCATENATED MODULE: ./src/servers/common.ts


/** The variables a config file sees: the command's environment; anything else is not set (contract §4). */
function configEnvironment(ctx, appPath) {
    return {
        get: (n) => (ctx.command.unknownEnv.has(n) ? undefined : (ctx.command.env.get(n) ?? null)),
        appRoot: APP_ROOT,
        filePath: APP_ROOT + '/' + appPath
    };
}
function spanOf(ctx, start, end) {
    return ctx.file.span(start, end);
}
/** The option with its value, as written. */
function optionSpan(ctx, o) {
    return ctx.file.span(o.start, Math.max(o.end, o.value?.end ?? o.end));
}
function valueSpan(ctx, v) {
    return ctx.file.span(v.start, v.end);
}
function wordSpan(ctx, w) {
    return ctx.file.span(w.start, w.end);
}
function optionProblem(ctx, e) {
    const kind = { invalid: 'invalid-option', ambiguous: 'ambiguous-option', 'missing-argument': 'missing-argument', 'needless-argument': 'needless-argument' }[e.kind];
    return {
        at: ctx.file.span(e.start, e.end),
        kind,
        data: { option: e.written, candidates: (e.candidates ?? []).join(', ') }
    };
}
/** Facts for a server that exits at start: nothing is served, nothing written. */
function notStarted(ctx, problems, flagNotes = []) {
    const at = problems[0]?.at ?? ctx.commandSpan;
    return {
        boots: false,
        bootProblems: problems,
        socket: verdict(false, 'not-started', at),
        pidFile: verdict(false, 'not-started', at),
        daemonizes: verdict(false, 'not-started', at),
        listeners: [],
        flagNotes,
        configFiles: []
    };
}
/** Facts that depend on something unknown (`$OPTS`, a command rack-check cannot follow). */
function undecided(reason, at, data = {}) {
    return verdict(null, reason, at, data);
}
function allUnknown(reason, at, data = {}, flagNotes = []) {
    return {
        boots: null,
        bootProblems: [],
        socket: undecided(reason, at, data),
        pidFile: undecided(reason, at, data),
        daemonizes: undecided(reason, at, data),
        listeners: null,
        flagNotes,
        configFiles: []
    };
}
/** The first word whose value cannot be known and that may be an option. */
function uncertainOption(ctx, p) {
    const w = p.uncertain[0];
    if (!w)
        return null;
    return { at: wordSpan(ctx, w), data: { word: w.text, variables: w.unknownVars.map((v) => '$' + v).join(', ') } };
}
function absolute(ctx, p) {
    return resolvePath(ctx.command.cwd ?? '/', p);
}
/** Socket verdict from a complete list of listeners. */
function socketFromListeners(listeners, fallbackAt, cwd) {
    const unix = listeners.filter((l) => l.kind === 'unix');
    for (const l of unix) {
        if (l.path === undefined)
            continue;
        if (!l.path.startsWith('/') && cwd === null)
            return undecided('unknown-value', l.at, { text: l.text });
        if (resolvePath(cwd ?? '/', l.path) === SOCKET_PATH)
            return verdict(true, 'serves', l.at, { text: l.text });
    }
    const relative = unix.find((l) => l.path !== undefined && !l.path.startsWith('/') && !l.path.startsWith('@'));
    if (relative)
        return verdict(false, 'relative-unix', relative.at, { text: relative.text, path: relative.path });
    if (unix.length > 0)
        return verdict(false, 'other-unix', unix[0].at, { text: unix[0].text, path: unix[0].path ?? '' });
    const given = listeners.filter((l) => l.origin !== 'default');
    if (given.length > 0)
        return verdict(false, 'tcp-only', given[0].at, { text: given[0].text });
    const dflt = listeners[0];
    return verdict(false, 'no-listener', fallbackAt, { default: dflt ? dflt.text : 'none' });
}
/**
 * Puma and Unicorn exit at start when the folder of a Unix socket or PID file is missing
 * (measured: Errno::ENOENT from `File.write` and `realdirpath`). /tmp exists; a folder in the
 * repository exists; anything else cannot be known from the files.
 */
function missingFolder(ctx, paths, cwd, created = []) {
    for (const { path, at } of paths) {
        if (path.startsWith('@'))
            continue; // abstract socket
        const abs = resolvePath(cwd ?? APP_ROOT, path);
        const dir = abs.replace(/\/[^/]*$/, '') || '/';
        if (dir === '/tmp' || dir === '/')
            continue;
        const rel = appRelative(dir);
        if (rel !== null && (ctx.isFolder(rel) || created.includes(rel)))
            continue;
        const shown = rel === null ? `\`${dir}\`` : `\`${rel}\` (not in the repository)`;
        return { at, why: `it writes \`${appRelative(abs) ?? abs}\` into ${shown}, and the server exits at start if that folder is missing on the server` };
    }
    return null;
}
/**
 * A config file rack-check cannot follow (the parser is not loaded yet, or a statement may change
 * anything): every setting it could make is unknown. Null when the file can be followed.
 */
function unfollowable(level, at, files) {
    if (level.pending)
        return undecided('config-file', at, { files });
    return level.opaque ? undecided('config-value', level.opaque.at, { why: level.opaque.why }) : null;
}
/** The PID file a verdict says is written (absolute), if any. */
function pidWritten(v) {
    if (v.value === true)
        return { path: PID_PATH, at: v.at };
    return v.reason === 'other-path' && v.data.path ? { path: v.data.path, at: v.at } : null;
}
function pidFromPath(path, at, cwd, text = path ?? '') {
    if (path === null)
        return verdict(false, 'none', at);
    if (!path.startsWith('/') && cwd === null)
        return undecided('unknown-value', at, { text });
    const abs = resolvePath(cwd ?? '/', path);
    return abs === PID_PATH ? verdict(true, 'writes', at, { text }) : verdict(false, 'other-path', at, { text, path: abs });
}
function tcpListener(text, host, port, at, origin) {
    return { kind: 'tcp', host, port, text, at, origin };
}
function parsePort(v) {
    if (v.unknown)
        return null;
    return /^\d+$/.test(v.text) ? Number(v.text) : null;
}

;// CONCATENATED MODULE: ./src/servers/optparse.ts
const OFFICIOUS = [
    { key: 'help', long: ['help'], arg: 'none' },
    { key: 'version', long: ['version'], arg: 'none' }
];
function completionPattern(key, icase) {
    const quoted = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return new RegExp('^' + quoted.replace(/\w+\b/g, '$&\\w*'), icase ? 'i' : '');
}
function longNames(specs) {
    const out = [];
    for (const s of specs) {
        for (const l of s.long ?? []) {
            out.push({ name: l, spec: s, negated: false });
            if (s.negatable)
                out.push({ name: 'no-' + l, spec: s, negated: true });
        }
    }
    return out;
}
/** OptionParser#complete for long names over one list. */
function completeIn(names, key, icase) {
    const exact = names.find((n) => n.name === key);
    if (exact)
        return { hit: exact };
    const pat = completionPattern(key, icase);
    const cands = names.filter((n) => pat.test(n.name)).sort((a, b) => a.name.length - b.name.length);
    if (cands.length === 0)
        return null;
    let best = cands[0];
    for (const c of cands.slice(1)) {
        if (c.spec === best.spec)
            continue;
        if (best.name.startsWith(c.name)) {
            best = c;
            continue;
        }
        if (c.name.startsWith(best.name))
            continue;
        return { ambiguous: cands.map((x) => '--' + x.name) };
    }
    return { hit: best };
}
function completeLong(specs, key, icase) {
    // the program's own options are searched before OptionParser's officious --help/--version
    return completeIn(longNames(specs), key, icase) ?? completeIn(longNames(OFFICIOUS), key, icase);
}
function exactLong(specs, key) {
    const hit = longNames(specs).find((n) => n.name === key);
    return hit ? { hit } : null;
}
function slice(word, from, to = word.text.length) {
    const text = word.text.slice(from, to);
    const offs = word.offsets.slice(from, to);
    const start = offs.length ? Math.min(...offs) : word.end;
    const end = offs.length ? Math.max(...offs) + 1 : word.end;
    return { text, unknown: word.unknown, start: Math.max(start, word.start), end: Math.min(Math.max(end, start + 1), word.end), word };
}
function whole(word) {
    return { text: word.text, unknown: word.unknown, start: word.start, end: word.end, word };
}
function parseOptions(words, specs, settings = {}) {
    const mode = settings.mode ?? 'permute';
    const abbreviations = settings.abbreviations ?? true;
    const options = [];
    const positional = [];
    const uncertain = [];
    const shorts = new Map();
    for (const s of specs)
        for (const c of s.short ?? [])
            shorts.set(c, s);
    const queue = [...words];
    let i = 0;
    const fail = (kind, w, written, candidates) => ({
        options,
        positional,
        uncertain,
        error: { kind, written, start: w.start, end: w.end, candidates }
    });
    const takeNext = () => {
        if (i >= queue.length)
            return null;
        return whole(queue[i++]);
    };
    while (i < queue.length) {
        const w = queue[i++];
        const t = w.text;
        if (w.unknown && (t.startsWith('$') || !t.startsWith('-'))) {
            // `$OPTS` could be an option or several: nothing after it can be trusted
            if (t.startsWith('$'))
                uncertain.push(w);
            positional.push(w);
            if (mode === 'order')
                break;
            continue;
        }
        if (t === '--') {
            positional.push(...queue.slice(i));
            break;
        }
        if (t.startsWith('--')) {
            const eq = t.indexOf('=');
            const rawName = eq < 0 ? t.slice(2) : t.slice(2, eq);
            const name = rawName.replace(/_/g, '-');
            const c = abbreviations ? completeLong(specs, name, true) : exactLong(specs, name);
            if (!c)
                return fail('invalid', w, t);
            if ('ambiguous' in c)
                return fail('ambiguous', w, t, c.ambiguous);
            const { spec, negated } = c.hit;
            let value = null;
            if (eq >= 0) {
                if (spec.arg === 'none')
                    return fail('needless-argument', w, t);
                value = slice(w, eq + 1);
            }
            else if (spec.arg === 'required') {
                value = takeNext();
                if (!value)
                    return fail('missing-argument', w, t);
            }
            options.push({
                spec,
                written: eq < 0 ? t : t.slice(0, eq),
                start: w.start,
                end: eq < 0 ? w.end : slice(w, 0, eq).end,
                value,
                negated,
                completedFrom: c.hit.name !== name ? c.hit.name : undefined
            });
            continue;
        }
        if (t.startsWith('-') && t.length > 1) {
            // a run of short options: `-qv`, `-bVALUE`
            let k = 1;
            while (k < t.length) {
                const ch = t[k];
                const spec = shorts.get(ch);
                const flagEnd = slice(w, 0, k + 1).end;
                if (!spec) {
                    // not a short option: OptionParser completes it against the long options
                    const c = abbreviations ? completeLong(specs, ch, false) : null;
                    if (!c)
                        return fail('invalid', w, '-' + ch);
                    if ('ambiguous' in c)
                        return fail('ambiguous', w, '-' + ch, c.ambiguous);
                    const rest = t.slice(k + 1);
                    let value = null;
                    if (c.hit.spec.arg !== 'none') {
                        value = rest ? slice(w, k + 1) : c.hit.spec.arg === 'required' ? takeNext() : null;
                        if (c.hit.spec.arg === 'required' && !value)
                            return fail('missing-argument', w, '-' + ch);
                    }
                    else if (rest) {
                        return fail('needless-argument', w, t);
                    }
                    options.push({ spec: c.hit.spec, written: '-' + ch, start: w.start, end: flagEnd, value, negated: c.hit.negated, completedFrom: c.hit.name });
                    break;
                }
                const rest = t.slice(k + 1);
                if (spec.arg === 'none') {
                    options.push({ spec, written: '-' + ch, start: w.start, end: flagEnd, value: null, negated: false });
                    k++;
                    continue;
                }
                let value;
                if (rest)
                    value = slice(w, k + 1);
                else if (spec.arg === 'required') {
                    value = takeNext();
                    if (!value)
                        return fail('missing-argument', w, '-' + ch);
                }
                else
                    value = null;
                options.push({ spec, written: '-' + ch, start: w.start, end: flagEnd, value, negated: false });
                break;
            }
            continue;
        }
        positional.push(w);
        if (mode === 'order') {
            positional.push(...queue.slice(i));
            break;
        }
    }
    return { options, positional, uncertain, error: null };
}
/** The last occurrence of an option (later ones win in every server studied). */
function lastOption(p, key) {
    for (let k = p.options.length - 1; k >= 0; k--)
        if (p.options[k].spec.key === key)
            return p.options[k];
    return undefined;
}
function allOptions(p, key) {
    return p.options.filter((o) => o.spec.key === key);
}

;// CONCATENATED MODULE: ./src/servers/passenger.ts
/**
 * `passenger start` (Passenger Standalone 6, servers.md §6): `--socket`, `--pid-file` (the
 * watchdog's PID), `-d`. `Passengerfile.json` in the app folder is read automatically and sits
 * below the command line. Passenger's full option list was not modelled, so an option rack-check
 * does not know makes the prediction unknown rather than a boot failure.
 */




const OPTIONS = [
    { key: 'address', short: ['a'], long: ['address'], arg: 'required' },
    { key: 'port', short: ['p'], long: ['port'], arg: 'required' },
    { key: 'socket', short: ['S'], long: ['socket'], arg: 'required' },
    { key: 'socket-backlog', long: ['socket-backlog'], arg: 'required' },
    { key: 'daemonize', short: ['d'], long: ['daemonize'], arg: 'none' },
    { key: 'pid-file', long: ['pid-file'], arg: 'required' },
    { key: 'log-file', long: ['log-file'], arg: 'required' },
    { key: 'environment', short: ['e'], long: ['environment'], arg: 'required' },
    { key: 'engine', long: ['engine'], arg: 'required' },
    { key: 'max-pool-size', long: ['max-pool-size'], arg: 'required' },
    { key: 'min-instances', long: ['min-instances'], arg: 'required' },
    { key: 'user', long: ['user'], arg: 'required' },
    { key: 'instance-registry-dir', long: ['instance-registry-dir'], arg: 'required' },
    { key: 'rackup', short: ['R'], long: ['rackup'], arg: 'required' },
    { key: 'spawn-method', long: ['spawn-method'], arg: 'required' },
    { key: 'nginx-version', long: ['nginx-version'], arg: 'required' },
    { key: 'help', short: ['h'], long: ['help'], arg: 'none' }
];
const passenger = {
    name: 'passenger',
    gem: 'passenger',
    analyze(ctx) {
        const parsed = parseOptions(ctx.command.argv.slice(2), OPTIONS);
        if (parsed.error) {
            const at = ctx.file.span(parsed.error.start, parsed.error.end);
            return allUnknown('unknown-value', at, { word: parsed.error.written });
        }
        const cwd = ctx.command.cwd;
        const base = cwd === null ? null : appRelative(cwd);
        const configFile = base === null ? null : ['Passengerfile.json', 'passenger-standalone.json'].map((f) => (base ? base + '/' : '') + f).find((f) => ctx.exists(f));
        const configFiles = configFile ? [configFile] : [];
        const fromConfig = (r) => undecided(r, ctx.commandSpan, { files: configFiles.join(', ') });
        const daemon = lastOption(parsed, 'daemonize');
        const daemonizes = daemon ? verdict(true, 'flag', optionSpan(ctx, daemon), { option: daemon.written }) : configFile ? fromConfig('config-file') : verdict(false, 'foreground', ctx.commandSpan);
        const sock = lastOption(parsed, 'socket');
        const port = lastOption(parsed, 'port');
        const address = lastOption(parsed, 'address');
        let socket;
        let listeners;
        if (sock?.value?.unknown) {
            socket = undecided('unknown-value', optionSpan(ctx, sock), { text: sock.value.text });
            listeners = null;
        }
        else if (sock?.value) {
            listeners = [{ kind: 'unix', path: sock.value.text, text: sock.value.text, at: optionSpan(ctx, sock), origin: 'command-line' }];
            socket = socketFromListeners(listeners, ctx.commandSpan, cwd);
        }
        else if (configFile) {
            socket = fromConfig('config-file');
            listeners = null;
        }
        else {
            const host = address?.value?.text ?? '0.0.0.0';
            listeners = [tcpListener(`${host}:${port?.value?.text ?? 3000}`, host, port?.value ? parsePort(port.value) : 3000, port ? optionSpan(ctx, port) : ctx.commandSpan, port ? 'command-line' : 'default')];
            socket = socketFromListeners(listeners, ctx.commandSpan, cwd);
        }
        const pidOpt = lastOption(parsed, 'pid-file');
        const pidFile = pidOpt?.value
            ? pidOpt.value.unknown
                ? undecided('unknown-value', optionSpan(ctx, pidOpt), { text: pidOpt.value.text })
                : pidFromPath(pidOpt.value.text, optionSpan(ctx, pidOpt), cwd)
            : configFile
                ? fromConfig('config-file')
                : verdict(false, 'other-path', ctx.commandSpan, { text: 'tmp/pids/passenger.<port>.pid', path: 'tmp/pids/passenger.<port>.pid' });
        return { boots: configFile ? null : true, bootProblems: [], socket, pidFile, daemonizes, listeners, flagNotes: [], configFiles };
    }
};

;// CONCATENATED MODULE: ./src/servers/version.ts
/** RubyGems-style versions: "5.6.5", "6.0.0.pre1", "4.3.12-java" (platform suffix ignored). */
function parseVersion(v) {
    const base = v.split('-')[0];
    return base.split('.').flatMap((seg) => {
        // "0pre1" → 0, "pre", 1 as RubyGems splits digits from letters
        return seg.match(/\d+|[A-Za-z]+/g)?.map((p) => (/^\d+$/.test(p) ? Number(p) : p)) ?? [];
    });
}
/** Negative when a < b, as Gem::Version#<=> (a letter segment makes a pre-release). */
function compareVersions(a, b) {
    const x = parseVersion(a);
    const y = parseVersion(b);
    const n = Math.max(x.length, y.length);
    for (let i = 0; i < n; i++) {
        const p = x[i] ?? 0;
        const q = y[i] ?? 0;
        if (p === q)
            continue;
        if (typeof p === 'number' && typeof q === 'number')
            return p - q;
        if (typeof p === 'string' && typeof q === 'string')
            return p < q ? -1 : 1;
        return typeof p === 'string' ? -1 : 1;
    }
    return 0;
}
function atLeast(version, min) {
    return compareVersions(version, min) >= 0;
}
/** Names a run of consecutive bands: "< 5.0", "5.0 to < 7.0", ">= 7.0". */
function bandLabel(bands, first, last) {
    const lo = first === 0 ? null : bands[first].from;
    const hi = last === bands.length - 1 ? null : bands[last + 1].from;
    if (lo === null && hi === null)
        return 'every version';
    if (lo === null)
        return `< ${hi}`;
    if (hi === null)
        return `>= ${lo}`;
    return `${lo} to < ${hi}`;
}

;// CONCATENATED MODULE: ./src/servers/puma-dsl.ts



const SCALAR_DIRECTIVES = {
    pidfile: { key: 'pidfile' },
    daemonize: { key: 'daemonize', dflt: true },
    workers: { key: 'workers' },
    'preload_app!': { key: 'preload', dflt: true },
    prune_bundler: { key: 'prune_bundler', dflt: true },
    fork_worker: { key: 'fork_worker', dflt: 1000 },
    stdout_redirect: { key: 'redirect' },
    state_path: { key: 'state_path' },
    environment: { key: 'environment' },
    directory: { key: 'directory' }
};
function pumaFileLevel(ctx, files, version) {
    const level = { files, pending: false, opaque: null, problems: [], mayFail: null, binds: null, settings: new Map() };
    const v5 = atLeast(version, '5.0.0');
    for (const path of files) {
        const read = ctx.config.ruby(path, configEnvironment(ctx, path));
        if (read.status === 'pending') {
            level.pending = true;
            return level;
        }
        if (read.status !== 'ok') {
            level.opaque ??= { at: ctx.commandSpan, why: `\`${path}\` ${read.status === 'missing' ? 'is missing' : 'cannot be read: ' + read.problem}` };
            continue;
        }
        const config = read.value;
        if (config.syntaxErrors.length > 0) {
            const e = config.syntaxErrors[0];
            level.problems.push({ at: e.at, kind: 'config-syntax', data: { path, message: e.message } });
            continue;
        }
        if (config.opaque.length > 0)
            level.opaque ??= { at: config.opaque[0].at, why: `rack-check does not follow ${config.opaque[0].why}` };
        for (const call of config.calls)
            apply(level, call, v5);
    }
    return level;
}
function apply(level, call, v5) {
    const name = call.name;
    const unknown = firstUnknown(call);
    if (name === 'daemonize' && v5) {
        // Puma 5 removed the directive: calling it raises NameError while the config is loaded
        if (call.condition)
            level.mayFail ??= { at: call.at, why: conditionWhy(call) };
        else
            level.problems.push({ at: call.at, kind: 'config-removed-daemon', data: { option: 'daemonize', path: call.at.file } });
        return;
    }
    if (name === 'bind' || name === 'port' || name === 'ssl_bind' || name === 'clear_binds!') {
        if (level.binds && !level.binds.known)
            return;
        if (call.condition) {
            level.binds = { known: false, at: call.at, why: conditionWhy(call) };
            return;
        }
        if (unknown) {
            level.binds = { known: false, at: unknown.at, why: unknown.why };
            return;
        }
        const args = call.args.map((a) => a.value);
        const listeners = name === 'clear_binds!' || !level.binds ? [] : [...level.binds.value];
        if (name === 'bind') {
            const text = typeof args[0] === 'string' ? args[0] : null;
            const l = text === null ? null : pumaBind(text, call.at, 'config');
            if (!l) {
                level.problems.push({ at: call.at, kind: 'config-invalid-bind', data: { option: text ?? String(args[0]), path: call.at.file } });
                return;
            }
            listeners.push(l);
        }
        else if (name === 'port' || name === 'ssl_bind') {
            const [p, h] = name === 'port' ? [args[0], args[1]] : [args[1], args[0]];
            const port = typeof p === 'number' ? p : typeof p === 'string' && /^\d+$/.test(p) ? Number(p) : null;
            if (port === null) {
                level.binds = { known: false, at: call.at, why: `\`${name}\` on line ${call.at.line} has a port rack-check cannot read` };
                return;
            }
            const host = typeof h === 'string' ? h : '0.0.0.0';
            listeners.push(tcpListener(`${name === 'ssl_bind' ? 'ssl' : 'tcp'}://${host}:${port}`, host, port, call.at, 'config'));
        }
        level.binds = { known: true, value: listeners, at: call.at };
        return;
    }
    const directive = SCALAR_DIRECTIVES[name];
    if (!directive)
        return;
    if (call.condition) {
        level.settings.set(directive.key, { known: false, at: call.at, why: conditionWhy(call) });
        return;
    }
    if (unknown) {
        level.settings.set(directive.key, { known: false, at: unknown.at, why: unknown.why });
        return;
    }
    let value = call.args.length > 0 ? call.args[0].value : (directive.dflt ?? null);
    if (directive.key === 'redirect')
        value = call.args.length > 0;
    if (directive.key === 'workers' && typeof value === 'string')
        value = /^\d+$/.test(value) ? Number(value) : value;
    level.settings.set(directive.key, { known: true, value, at: call.at });
}
/** A bind URI as Puma's binder reads it; null when Puma rejects it. */
function pumaBind(text, at, origin) {
    const m = /^([A-Za-z][A-Za-z0-9+.-]*):(.*)$/.exec(text);
    if (!m)
        return null;
    const scheme = m[1].toLowerCase();
    const rest = m[2].replace(/\?.*$/, '');
    if (scheme === 'unix') {
        // URI("unix://tmp/x.sock"): host "tmp", path "/x.sock" → "tmp/x.sock" (relative)
        const path = rest.startsWith('//') ? rest.slice(2) : rest;
        return { kind: 'unix', path, text, at, origin };
    }
    if (scheme === 'tcp' || scheme === 'ssl') {
        const hp = /^\/\/(\[[^\]]*\]|[^:/]*)(?::(\d+))?/.exec(rest);
        if (!hp)
            return null;
        return tcpListener(text, hp[1], hp[2] ? Number(hp[2]) : null, at, origin);
    }
    return null;
}
/** Where a file setting was written, for messages: `config/puma.rb:7`. */
function where(at) {
    return `${at.file}:${at.line}`;
}

;// CONCATENATED MODULE: ./src/servers/signals.ts
const JOB_CONTROL = new Set(['tstp', 'ttin', 'ttou']);
const IGNORED = new Set(['chld', 'cont', 'urg', 'winch', 'pipe']);
function untrapped(signal) {
    const name = signal.toUpperCase();
    if (signal === 'stop')
        return { effect: 'suspend', does: 'is suspended by STOP (it stops answering until it gets CONT)', dropsRequests: true };
    if (JOB_CONTROL.has(signal))
        return { effect: 'none', does: `does not handle ${name}, and the kernel discards it for a server that leads its own session (as under systemd): nothing happens`, dropsRequests: false };
    if (IGNORED.has(signal))
        return { effect: 'none', does: `ignores ${name}`, dropsRequests: false };
    return { effect: 'stop', does: `does not handle ${name}, so the process ends at once`, dropsRequests: true, graceful: false };
}
function stopped(signal, graceful, how) {
    const does = how ?? (graceful ? `stops gracefully on ${signal.toUpperCase()} (finishes the requests in flight, then exits)` : `stops at once on ${signal.toUpperCase()}`);
    return { effect: 'stop', does, dropsRequests: true, graceful };
}
function notStudied(server) {
    return { effect: 'unknown', does: `what ${server} does with this signal was not measured`, dropsRequests: null, why: `rack-check has no measurements of ${server}'s signal handling` };
}

;// CONCATENATED MODULE: ./src/servers/puma.ts
/**
 * Puma 3–8 (servers.md §1): `lib/puma/cli.rb` options by version, `Configuration#config_files`
 * for automatic loading, `UserFileDefaultOptions` precedence (a command-line `-b`/`-p` replaces
 * every config-file bind), and `Binder` paths (`unix://` path = host + path).
 */







const PUMA_BANDS = [
    { version: '3.12.6', from: '3.0' },
    { version: '4.3.12', from: '4.0' },
    { version: '5.0.0', from: '5.0' },
    { version: '5.1.0', from: '5.1' },
    { version: '5.5.0', from: '5.5' },
    { version: '5.6.5', from: '5.6' },
    { version: '6.4.0', from: '6.4' },
    { version: '6.5.0', from: '6.5' },
    { version: '7.0.0', from: '7.0' }
];
function pumaOptions(version) {
    const v5 = atLeast(version, '5.0.0');
    const specs = [
        { key: 'bind', short: ['b'], long: ['bind'], arg: 'required' },
        { key: 'config', short: ['C'], long: ['config'], arg: 'required' },
        { key: 'control-token', long: ['control-token'], arg: 'required' },
        { key: 'debug', long: ['debug'], arg: 'none' },
        { key: 'dir', long: ['dir'], arg: 'required' },
        { key: 'early-hints', long: ['early-hints'], arg: 'none' },
        { key: 'environment', short: ['e'], long: ['environment'], arg: 'required' },
        { key: 'include', short: ['I'], long: ['include'], arg: 'required' },
        { key: 'log-requests', short: ['v'], long: ['log-requests'], arg: 'none' },
        { key: 'pidfile', long: ['pidfile'], arg: 'required' },
        { key: 'port', short: ['p'], long: ['port'], arg: 'required' },
        { key: 'preload', long: ['preload'], arg: 'none' },
        { key: 'prune-bundler', long: ['prune-bundler'], arg: 'none' },
        { key: 'quiet', short: ['q'], long: ['quiet'], arg: 'none' },
        { key: 'redirect-append', long: ['redirect-append'], arg: 'none', negatable: true },
        { key: 'redirect-stderr', long: ['redirect-stderr'], arg: 'required' },
        { key: 'redirect-stdout', long: ['redirect-stdout'], arg: 'required' },
        { key: 'restart-cmd', short: ['R'], long: ['restart-cmd'], arg: 'required' },
        { key: 'state', short: ['S'], long: ['state'], arg: 'required' },
        { key: 'tag', long: ['tag'], arg: 'required' },
        { key: 'threads', short: ['t'], long: ['threads'], arg: 'required' },
        { key: 'version', short: ['V'], long: ['version'], arg: 'none' },
        { key: 'workers', short: ['w'], long: ['workers'], arg: 'required' },
        { key: 'help', short: ['h'], long: ['help'], arg: 'none' }
    ];
    if (atLeast(version, '3.12.0'))
        specs.push({ key: 'control-url', long: ['control-url'], arg: 'required' });
    if (!v5) {
        specs.push({ key: 'daemon', short: ['d'], long: ['daemon'], arg: 'none' });
        specs.push({ key: 'control-url', long: ['control'], arg: 'required' });
        specs.push({ key: 'tcp-mode', long: ['tcp-mode'], arg: 'none' });
    }
    if (atLeast(version, '4.0.0'))
        specs.push({ key: 'extra-runtime-dependencies', long: ['extra-runtime-dependencies'], arg: 'required' });
    if (v5)
        specs.push({ key: 'fork-worker', short: ['f'], long: ['fork-worker'], arg: 'optional' });
    if (atLeast(version, '5.1.0'))
        specs.push({ key: 'bind-to-activated-sockets', long: ['bind-to-activated-sockets'], arg: 'optional' });
    if (atLeast(version, '5.5.0'))
        specs.push({ key: 'no-config', long: ['no-config'], arg: 'none' });
    if (atLeast(version, '5.6.0'))
        specs.push({ key: 'silent', short: ['s'], long: ['silent'], arg: 'none' });
    if (atLeast(version, '6.4.0'))
        specs.push({ key: 'idle-timeout', long: ['idle-timeout'], arg: 'required' });
    if (atLeast(version, '6.5.0'))
        specs.push({ key: 'plugin', long: ['plugin'], arg: 'required' });
    return specs;
}
/** The app environment Puma uses to pick `config/puma/<env>.rb`. */
function pumaEnv(ctx, version, cliEnv) {
    if (cliEnv)
        return cliEnv.unknown ? null : cliEnv.text;
    const names = atLeast(version, '5.0.0') ? ['APP_ENV', 'RACK_ENV', 'RAILS_ENV'] : ['RACK_ENV'];
    for (const n of names) {
        if (ctx.command.unknownEnv.has(n))
            return null;
        const v = ctx.command.env.get(n);
        if (v)
            return v;
    }
    return 'development';
}
const puma = {
    name: 'puma',
    gem: 'puma',
    bands: PUMA_BANDS,
    signal: pumaSignal,
    analyze(ctx) {
        const version = ctx.version ?? PUMA_BANDS[PUMA_BANDS.length - 1].version;
        const argv = ctx.command.argv.slice(1);
        const parsed = parseOptions(argv, pumaOptions(version));
        const v5 = atLeast(version, '5.0.0');
        const flagNotes = [];
        if (parsed.error) {
            const p = optionProblem(ctx, parsed.error);
            const daemonFlag = /^-d$|^--dae/.test(parsed.error.written) || (parsed.error.kind === 'ambiguous' && parsed.error.written === '-d');
            if (v5 && daemonFlag)
                p.kind = 'removed-daemon';
            return notStarted(ctx, [p]);
        }
        const unsure = uncertainOption(ctx, parsed);
        if (unsure)
            return allUnknown('unknown-value', unsure.at, unsure.data);
        const problems = [];
        const cwd = ctx.command.cwd;
        // listeners given on the command line (all one key: they replace the config file's)
        const cliListeners = [];
        let unknownListener = null;
        for (const o of parsed.options) {
            if (o.spec.key === 'bind' && o.value) {
                const at = optionSpan(ctx, o);
                if (o.value.unknown) {
                    unknownListener ??= { at, text: o.value.text };
                    continue;
                }
                const l = pumaBind(o.value.text, at, 'command-line');
                if (!l)
                    problems.push({ at: valueSpan(ctx, o.value), kind: 'invalid-option', data: { option: o.value.text, bind: 'true' } });
                else
                    cliListeners.push(l);
            }
            else if (o.spec.key === 'port' && o.value) {
                cliListeners.push(tcpListener(o.value.text, '0.0.0.0', parsePort(o.value), optionSpan(ctx, o), 'command-line'));
            }
        }
        if (problems.length)
            return notStarted(ctx, problems);
        const state = lastOption(parsed, 'state');
        if (state?.value && !state.value.unknown && absolute(ctx, state.value.text) === SOCKET_PATH) {
            flagNotes.push({ at: optionSpan(ctx, state), kind: 'puma-state', data: { text: state.value.text } });
        }
        // which config files Puma loads (Configuration#config_files)
        const configOpts = allOptions(parsed, 'config');
        const noConfig = lastOption(parsed, 'no-config') !== undefined || configOpts.some((o) => o.value?.text === '-');
        let configFiles = [];
        let configUnknown = null;
        if (noConfig)
            configFiles = [];
        else if (configOpts.length > 0) {
            for (const o of configOpts) {
                if (!o.value || o.value.unknown || cwd === null) {
                    configUnknown = optionSpan(ctx, o);
                    continue;
                }
                const rel = appRelative(absolute(ctx, o.value.text));
                if (rel === null || !ctx.exists(rel)) {
                    if (rel !== null)
                        problems.push({ at: optionSpan(ctx, o), kind: 'missing-config', data: { path: o.value.text } });
                    else
                        configUnknown = optionSpan(ctx, o);
                    continue;
                }
                configFiles.push(rel);
            }
        }
        else {
            const env = pumaEnv(ctx, version, lastOption(parsed, 'environment')?.value ?? undefined);
            const base = cwd === null ? null : appRelative(cwd);
            if (env === null || base === null)
                configUnknown = ctx.commandSpan;
            else {
                const prefix = base === '' ? '' : base + '/';
                const found = [`config/puma/${env}.rb`, 'config/puma.rb'].map((f) => prefix + f).find((f) => ctx.exists(f));
                if (found)
                    configFiles = [found];
            }
        }
        if (problems.length)
            return notStarted(ctx, problems);
        const file = configFiles.length > 0 && configUnknown === null ? pumaFileLevel(ctx, configFiles, version) : null;
        if (file && file.problems.length > 0)
            return notStarted(ctx, file.problems);
        // when the config file cannot be followed, everything it could set is unknown
        const blind = configUnknown ? undecided('config-file', configUnknown, { files: configFiles.join(', ') }) : file ? unfollowable(file, ctx.commandSpan, configFiles.join(', ')) : null;
        const fromFile = (key) => (blind ? undefined : file?.settings.get(key));
        const unknownSetting = (s) => undecided('config-value', s.at, { why: s.why });
        // state_path in the file is Puma's state file too
        const stateFile = fromFile('state_path');
        if (!state && stateFile?.known && typeof stateFile.value === 'string' && absolute(ctx, stateFile.value) === SOCKET_PATH) {
            flagNotes.push({ at: stateFile.at, kind: 'puma-state', data: { text: stateFile.value } });
        }
        // daemonizing: -d/--daemon or `daemonize` on 3–4 (5+ stopped above)
        const daemonOpt = lastOption(parsed, 'daemon');
        const daemonFile = fromFile('daemonize');
        const daemonizes = daemonOpt
            ? verdict(true, 'flag', optionSpan(ctx, daemonOpt), { option: daemonOpt.written })
            : blind
                ? blind
                : !daemonFile
                    ? verdict(false, 'foreground', ctx.commandSpan)
                    : !daemonFile.known
                        ? unknownSetting(daemonFile)
                        : verdict(truthy(daemonFile.value), truthy(daemonFile.value) ? 'config' : 'foreground', daemonFile.at, { option: 'daemonize', where: where(daemonFile.at) });
        // listeners: any on the command line replace every bind of the config file
        let listeners;
        let socket;
        if (unknownListener) {
            listeners = null;
            socket = undecided('unknown-value', unknownListener.at, { text: unknownListener.text });
        }
        else if (cliListeners.length > 0) {
            listeners = cliListeners;
            socket = socketFromListeners(cliListeners, ctx.commandSpan, cwd);
            const lost = file?.binds?.known ? file.binds.value.find((l) => l.kind === 'unix' && l.path !== undefined && absolute(ctx, l.path) === SOCKET_PATH) : undefined;
            if (socket.value === false && lost)
                socket = { ...socket, data: { ...socket.data, overrides: `${lost.text}\` on ${where(lost.at)}` } };
        }
        else if (blind) {
            listeners = null;
            socket = blind;
        }
        else if (file?.binds && !file.binds.known) {
            listeners = null;
            socket = unknownSetting(file.binds);
        }
        else if (file?.binds?.known) {
            listeners = file.binds.value;
            socket = socketFromListeners(listeners, ctx.commandSpan, cwd);
        }
        else {
            listeners = [tcpListener('tcp://0.0.0.0:9292', '0.0.0.0', 9292, ctx.commandSpan, 'default')];
            socket = socketFromListeners(listeners, ctx.commandSpan, cwd);
        }
        const stateNote = flagNotes.find((n) => n.kind === 'puma-state');
        if (socket.value === false && stateNote)
            socket = verdict(false, 'state-file', stateNote.at, stateNote.data);
        const pidOpt = lastOption(parsed, 'pidfile');
        const pidSetting = fromFile('pidfile');
        const pidFile = pidOpt?.value
            ? pidOpt.value.unknown
                ? undecided('unknown-value', optionSpan(ctx, pidOpt), { text: pidOpt.value.text })
                : pidFromPath(pidOpt.value.text, optionSpan(ctx, pidOpt), cwd)
            : blind
                ? blind
                : !pidSetting
                    ? pidFromPath(null, ctx.commandSpan, cwd)
                    : !pidSetting.known
                        ? unknownSetting(pidSetting)
                        : typeof pidSetting.value === 'string'
                            ? pidFromPath(pidSetting.value, pidSetting.at, cwd)
                            : pidFromPath(null, pidSetting.at, cwd);
        const folder = blind ? null : missingFolder(ctx, writtenPaths(listeners, pidWritten(pidFile)), cwd);
        const bootUnknown = file?.mayFail ?? folder ?? undefined;
        return {
            boots: blind || bootUnknown ? null : true,
            bootUnknown,
            bootProblems: [],
            socket,
            pidFile,
            daemonizes,
            listeners,
            flagNotes,
            configFiles,
            settings: pumaSettings(ctx, parsed, version, blind ? (blind.data.why ?? 'the config file is not evaluated') : null, fromFile)
        };
    }
};
/** The files a server creates at start: its Unix sockets and its PID file. */
function writtenPaths(listeners, pid) {
    const out = (listeners ?? []).filter((l) => l.kind === 'unix' && l.path !== undefined).map((l) => ({ path: l.path, at: l.at }));
    return pid ? [...out, pid] : out;
}
function truthy(v) {
    return v !== null && v !== false;
}
/** workers, preload, prune_bundler, fork_worker and output redirection, as Puma settles them. */
function pumaSettings(ctx, parsed, version, blind, fromFile) {
    const pick = (option, key, cliValue, dflt) => {
        const o = lastOption(parsed, option);
        if (o)
            return { value: o.value?.unknown ? null : cliValue(o), at: optionSpan(ctx, o), origin: 'command-line', ...(o.value?.unknown ? { why: `\`${o.value.text}\` is not known` } : {}) };
        if (blind)
            return { value: null, at: null, origin: 'config', why: blind };
        const s = fromFile(key);
        if (!s)
            return dflt;
        if (!s.known)
            return { value: null, at: s.at, origin: 'config', why: s.why };
        const v = s.value;
        return { value: typeof v === 'number' || typeof v === 'boolean' || typeof v === 'string' ? v : v === null ? null : true, at: s.at, origin: 'config' };
    };
    const off = { value: false, at: null, origin: 'default' };
    // Puma 5+ takes the default worker count from WEB_CONCURRENCY (the prediction environment does
    // not set it; a Procfile line may)
    let envWorkers = { value: 0, at: null, origin: 'default' };
    if (atLeast(version, '5.0.0') && ctx.command.unknownEnv.has('WEB_CONCURRENCY'))
        envWorkers = { value: null, at: ctx.commandSpan, origin: 'environment', why: '`WEB_CONCURRENCY` is set to a value rack-check cannot know' };
    else if (atLeast(version, '5.0.0') && ctx.command.env.has('WEB_CONCURRENCY')) {
        const n = /^\s*\d+/.exec(ctx.command.env.get('WEB_CONCURRENCY'));
        envWorkers = n ? { value: Number(n[0]), at: ctx.commandSpan, origin: 'environment' } : { value: null, at: ctx.commandSpan, origin: 'environment', why: '`WEB_CONCURRENCY` is not a number' };
    }
    const workers = pick('workers', 'workers', (o) => (/^\d+$/.test(o.value.text) ? Number(o.value.text) : null), envWorkers);
    const pruneBundler = pick('prune-bundler', 'prune_bundler', () => true, off);
    // Puma 7 preloads by default in cluster mode unless prune_bundler is set (docs/7.0-Upgrade.md);
    // 5–6 when WEB_CONCURRENCY > 1, read before the command line and config (servers.md §1.6)
    const cluster = typeof workers.value === 'number' && workers.value > 1;
    let preloadDefault = off;
    if (atLeast(version, '5.0.0') && !atLeast(version, '7.0.0') && envWorkers.origin === 'environment') {
        preloadDefault = envWorkers.value === null ? { ...envWorkers } : { value: envWorkers.value > 1, at: envWorkers.at, origin: 'environment' };
    }
    else if (atLeast(version, '7.0.0') && pruneBundler.value !== true) {
        preloadDefault = workers.value === null || pruneBundler.value === null ? { value: null, at: workers.at, origin: 'default', why: workers.why ?? pruneBundler.why } : { value: cluster, at: cluster ? workers.at : null, origin: 'default' };
    }
    const redirect = pick('redirect-stdout', 'redirect', () => true, pick('redirect-stderr', 'redirect', () => true, off));
    return {
        workers,
        preload: pick('preload', 'preload', () => true, preloadDefault),
        pruneBundler,
        forkWorker: atLeast(version, '5.0.0') ? pick('fork-worker', 'fork_worker', () => true, off) : off,
        redirectsOutput: redirect
    };
}
/**
 * Puma's signal handling (servers.md §1.6, measured §7.3–7.4; `Launcher#setup_signals`,
 * `Cluster#setup_signals`). Cluster mode is `workers` > 0 (`Launcher#clustered?`); a phased
 * restart needs preload off, or `fork_worker` (`Cluster#phased_restart`).
 */
function pumaSignal(signal, facts, version) {
    const s = facts.settings ?? {};
    const unknown = (setting, name) => ({
        effect: 'unknown',
        does: `depends on \`${name}\`, which rack-check cannot know`,
        dropsRequests: null,
        why: setting?.why ?? `\`${name}\` is not known`,
        cause: { setting: name, at: setting?.at ?? null, text: name }
    });
    const workers = s.workers;
    const cluster = typeof workers?.value === 'number' ? workers.value > 0 : workers ? null : false;
    const hot = { effect: 'hot-restart', does: 're-executes itself in place (same PID, the socket is kept, the config file is read again, all workers and threads restart together)', dropsRequests: false };
    switch (signal) {
        case 'usr2':
            return hot;
        case 'usr1': {
            if (cluster === null)
                return unknown(workers, 'workers');
            if (!cluster)
                return { ...hot, does: `cannot do a phased restart in single mode, so it ${hot.does}`, fallback: 'single-mode', cause: { setting: 'workers', at: workers?.at ?? null, text: 'workers' } };
            if (s.forkWorker?.value === true)
                return { effect: 'phased-restart', does: 'replaces its workers one at a time (a phased restart, forking from worker 0); the master keeps running and the config file is not read again', dropsRequests: false, cause: { setting: 'fork_worker', at: s.forkWorker.at, text: 'fork_worker' } };
            const preload = s.preload;
            if (!preload || preload.value === null)
                return unknown(preload, 'preload_app!');
            if (preload.value === true) {
                const fallback = preload.origin === 'default' ? 'default-preload' : preload.origin === 'environment' ? 'web-concurrency' : 'preload';
                return { ...hot, does: `cannot do a phased restart with the app preloaded, so it ${hot.does}`, fallback, cause: { setting: 'preload', at: preload.at, text: preload.origin === 'default' ? 'workers' : 'preload_app!' } };
            }
            return { effect: 'phased-restart', does: 'replaces its workers one at a time (a phased restart); the master keeps running and the config file is not read again', dropsRequests: false };
        }
        case 'hup': {
            const r = s.redirectsOutput;
            if (!r || r.value === null)
                return unknown(r, 'stdout_redirect');
            return r.value === true
                ? { effect: 'reopen-logs', does: 'reopens its log files (output is redirected) and keeps serving the same code', dropsRequests: false, cause: { setting: 'stdout_redirect', at: r.at, text: 'stdout_redirect' } }
                : { ...stopped(signal, true, 'treats HUP like INT and stops, because its output is not redirected (HUP only reopens logs with `stdout_redirect`)'), cause: { setting: 'stdout_redirect', at: null, text: 'stdout_redirect' } };
        }
        case 'term':
        case 'int':
            return stopped(signal, true);
        case 'quit':
        case 'kill':
            return stopped(signal, false);
        case 'ttin':
        case 'ttou':
            if (cluster === null)
                return unknown(workers, 'workers');
            return cluster
                ? { effect: 'none', does: `${signal === 'ttin' ? 'starts one more worker' : 'stops one worker'} and restarts nothing`, dropsRequests: false }
                : { ...untrapped(signal), does: `has no ${signal.toUpperCase()} handler in single mode, and the kernel discards the signal for a server that leads its own session (as under systemd): nothing happens` };
        case 'urg':
            return { effect: 'none', does: s.forkWorker?.value === true ? 'reforks its workers from worker 0 and restarts nothing' : 'ignores URG', dropsRequests: false };
        case 'pwr':
            // Puma 8 prints thread backtraces on PWR; before that it is untrapped (terminate)
            return version !== null && atLeast(version, '8.0.0') ? { effect: 'none', does: 'prints thread backtraces', dropsRequests: false } : untrapped(signal);
        default:
            return untrapped(signal);
    }
}

;// CONCATENATED MODULE: ./src/servers/rack-handler.ts



function handlerListener(handler, host, port, portText, at, origin, pumaVersion) {
    const unixPrefix = handler === 'puma' && (host.startsWith('/') || host.startsWith('.') || (host.startsWith('@') && pumaVersion !== null && atLeast(pumaVersion, '6.5.0')));
    if (unixPrefix || (handler === 'thin' && host.includes('/')))
        return { kind: 'unix', path: host, text: host, at, origin };
    return tcpListener(`${host}:${portText}`, host, port, at, origin);
}
/** The handler Rack would choose; null when it cannot be known (no lockfile, unknown env). */
function defaultHandler(ctx, rack3) {
    const envName = rack3 ? ['RACKUP_HANDLER', 'RACK_HANDLER'] : ['RACK_HANDLER'];
    for (const n of envName) {
        if (ctx.command.unknownEnv.has(n))
            return null;
        const v = ctx.command.env.get(n);
        if (v)
            return named(v);
    }
    if (!ctx.lockfile)
        return null;
    const order = rack3 ? ['puma', 'falcon', 'webrick'] : ['puma', 'thin', 'falcon', 'webrick'];
    for (const g of order)
        if (ctx.lockfile.gems.has(g))
            return g;
    // WEBrick shipped with Ruby before 3.0; it is the last resort either way
    return 'webrick';
}
function named(name) {
    const n = name.toLowerCase();
    return n === 'puma' || n === 'thin' || n === 'falcon' || n === 'webrick' ? n : 'other';
}
function pumaHandlerConfig(ctx, base, environment) {
    const prefix = base ? base + '/' : '';
    const path = [`config/puma/${environment}.rb`, 'config/puma.rb'].map((f) => prefix + f).find((f) => ctx.exists(f));
    if (!path)
        return null;
    const pumaVersion = ctx.lockfile?.gems.get('puma')?.version ?? null;
    // with no locked Puma the current behaviour (5+) is modelled; `daemonize` then makes boots unknown below
    const file = pumaFileLevel(ctx, [path], pumaVersion ?? '7.0.0');
    if (pumaVersion === null && file.problems.some((p) => p.kind === 'config-removed-daemon')) {
        file.mayFail ??= { at: file.problems[0].at, why: '`daemonize` fails on Puma 5.0 and later, and no Puma version is locked' };
        file.problems = file.problems.filter((p) => p.kind !== 'config-removed-daemon');
    }
    const s = file.settings.get('pidfile');
    const pid = !s ? null : !s.known ? undecided('config-value', s.at, { why: s.why }) : typeof s.value === 'string' ? pidFromPath(s.value, s.at, ctx.command.cwd) : null;
    return { path, file, pid };
}
/**
 * What Puma's config file changes under a launcher (rackup, rails server): the files it loads,
 * whether they can be followed, the PID file (the launcher's or the config's) and whether it
 * starts. The caller stops first on `config.file.problems`.
 */
function underHandler(ctx, config, launcherPid) {
    const blind = config ? unfollowable(config.file, ctx.commandSpan, config.path) : null;
    const pidFile = launcherPid.value !== true && blind ? blind : config && !blind ? eitherPid(launcherPid, config.pid) : launcherPid;
    return { configFiles: config ? [config.path] : [], blind, pidFile, boots: blind || config?.file.mayFail ? null : true };
}
/** The launcher's PID file and the config's together: either may be /tmp/web_server.pid. */
function eitherPid(launcher, config) {
    if (!config || launcher.value === true)
        return launcher;
    if (config.value === true)
        return config;
    return config.value === null ? config : launcher;
}

;// CONCATENATED MODULE: ./src/servers/rackup.ts
/**
 * rackup (servers.md §4): Rack 2.2 `Rack::Server` and rackup 2.x for Rack 3. `-o`/`-p` reach
 * the handler as user options (Puma then ignores `config/puma.rb` binds); `-P` is written by
 * rackup with the server's own PID; `-D` daemonizes (Rack 2.2 also changes directory to `/`,
 * so Puma no longer finds `config/puma.rb`); `-e` evaluates Ruby, `-b` is a builder line,
 * `-d` is `$DEBUG`.
 */






function options(rack3) {
    const specs = [
        { key: 'eval', short: ['e'], long: ['eval'], arg: 'required' },
        { key: 'builder', short: ['b'], long: ['builder'], arg: 'required' },
        { key: 'debug', short: ['d'], long: ['debug'], arg: 'none' },
        { key: 'warn', short: ['w'], long: ['warn'], arg: 'none' },
        { key: 'quiet', short: ['q'], long: ['quiet'], arg: 'none' },
        { key: 'include', short: ['I'], long: ['include'], arg: 'required' },
        { key: 'require', short: ['r'], long: ['require'], arg: 'required' },
        { key: 'server', short: ['s'], long: ['server'], arg: 'required' },
        { key: 'host', short: ['o'], long: ['host'], arg: 'required' },
        { key: 'port', short: ['p'], long: ['port'], arg: 'required' },
        { key: 'option', short: ['O'], long: ['option'], arg: 'required' },
        { key: 'env', short: ['E'], long: ['env'], arg: 'required' },
        { key: 'daemonize', short: ['D'], long: ['daemonize'], arg: 'none' },
        { key: 'pid', short: ['P'], long: ['pid'], arg: 'required' },
        { key: 'heap', long: ['heap'], arg: 'required' },
        { key: 'profile', long: ['profile'], arg: 'required' },
        { key: 'profile-mode', long: ['profile-mode'], arg: 'required' },
        { key: 'help', short: ['h'], long: ['help'], arg: 'none' },
        { key: 'version', long: ['version'], arg: 'none' }
    ];
    if (rack3)
        specs.push({ key: 'daemonize-noclose', long: ['daemonize-noclose'], arg: 'none' });
    return specs;
}
const rackup = {
    name: 'rackup',
    gem: 'rack',
    bands: [
        { version: '2.2.22', from: '0' },
        { version: '3.0.0', from: '3.0' }
    ],
    analyze(ctx) {
        const rack3 = ctx.version !== null && atLeast(ctx.version, '3.0.0');
        const parsed = parseOptions(ctx.command.argv.slice(1), options(rack3));
        if (parsed.error)
            return notStarted(ctx, [optionProblem(ctx, parsed.error)]);
        const flagNotes = [];
        for (const o of parsed.options) {
            const kind = o.spec.key === 'builder' ? 'rackup-builder' : o.spec.key === 'eval' ? 'rackup-eval' : o.spec.key === 'debug' ? 'rackup-debug' : null;
            if (kind)
                flagNotes.push({ at: optionSpan(ctx, o), kind, data: { option: o.written, value: o.value?.text ?? '' } });
        }
        const unsure = uncertainOption(ctx, parsed);
        if (unsure)
            return allUnknown('unknown-value', unsure.at, unsure.data, flagNotes);
        const cwd = ctx.command.cwd;
        const serverOpt = lastOption(parsed, 'server');
        const handler = serverOpt?.value ? (serverOpt.value.unknown ? null : named(serverOpt.value.text)) : defaultHandler(ctx, rack3);
        const daemon = lastOption(parsed, 'daemonize') ?? lastOption(parsed, 'daemonize-noclose');
        const daemonizes = daemon ? verdict(true, 'flag', optionSpan(ctx, daemon), { option: daemon.written }) : verdict(false, 'foreground', ctx.commandSpan);
        // rackup writes -P itself, after daemonizing, with the server's PID
        const pidOpt = lastOption(parsed, 'pid');
        const pumaVersion = ctx.lockfile?.gems.get('puma')?.version ?? null;
        // Rack 2.2's Process.daemon changes directory to "/": Puma then finds no config/puma.rb
        const base = cwd === null ? null : appRelative(cwd);
        const pumaConfig = handler === 'puma' && !(daemon && !rack3) && base !== null ? pumaHandlerConfig(ctx, base, ctx.environment) : null;
        if (pumaConfig?.file.problems.length)
            return notStarted(ctx, pumaConfig.file.problems, flagNotes);
        const { configFiles, pidFile, boots } = underHandler(ctx, pumaConfig, pidOpt?.value?.unknown ? undecided('unknown-value', optionSpan(ctx, pidOpt), { text: pidOpt.value.text }) : pidFromPath(pidOpt?.value?.text ?? null, pidOpt ? optionSpan(ctx, pidOpt) : ctx.commandSpan, cwd));
        if (handler === null) {
            const at = serverOpt ? optionSpan(ctx, serverOpt) : ctx.commandSpan;
            return { boots: null, bootProblems: [], socket: undecided('unknown-server', at, { handler: serverOpt?.value?.text ?? '' }), pidFile, daemonizes, listeners: null, flagNotes, configFiles };
        }
        const host = lastOption(parsed, 'host');
        const port = lastOption(parsed, 'port');
        if (host?.value?.unknown) {
            return { boots, bootProblems: [], socket: undecided('unknown-value', optionSpan(ctx, host), { text: host.value.text }), pidFile, daemonizes, listeners: null, flagNotes, configFiles };
        }
        const hostText = host?.value?.text ?? (ctx.environment === 'development' ? 'localhost' : '0.0.0.0');
        const portNum = port?.value ? parsePort(port.value) : 9292;
        const at = host ? optionSpan(ctx, host) : port ? optionSpan(ctx, port) : ctx.commandSpan;
        const listeners = [handlerListener(handler, hostText, portNum, port?.value?.text ?? '9292', at, host || port ? 'command-line' : 'default', pumaVersion)];
        let socket = socketFromListeners(listeners, ctx.commandSpan, cwd);
        if (handler === 'other' || handler === 'falcon')
            socket = undecided('unknown-server', serverOpt ? optionSpan(ctx, serverOpt) : ctx.commandSpan, { handler: serverOpt?.value?.text ?? handler });
        return {
            boots: handler === 'other' || handler === 'falcon' ? null : boots,
            bootProblems: [],
            socket,
            pidFile,
            daemonizes,
            listeners: socket.value === null ? null : listeners,
            flagNotes,
            configFiles
        };
    }
};

;// CONCATENATED MODULE: ./src/servers/rails.ts
/**
 * `rails server` / `rails s` (servers.md §5): Thor options, Rack/Rackup server underneath. A
 * `-b` starting with `/` is a Unix socket through the Puma (or Thin) handler; `unix://…` is read
 * as a TCP host name. Host and port given by the user (flag or PORT/BINDING/HOST) replace Puma's
 * config-file binds; defaults do not. Rails < 7.2 writes `tmp/pids/server.pid` by default.
 */






const rails_OPTIONS = [
    { key: 'port', short: ['p'], long: ['port'], arg: 'required' },
    { key: 'binding', short: ['b'], long: ['binding'], arg: 'required' },
    { key: 'config', short: ['c'], long: ['config'], arg: 'required' },
    { key: 'daemon', short: ['d'], long: ['daemon'], arg: 'none' },
    { key: 'using', short: ['u'], long: ['using'], arg: 'required' },
    { key: 'pid', short: ['P'], long: ['pid'], arg: 'required' },
    { key: 'environment', short: ['e'], long: ['environment'], arg: 'required' },
    { key: 'dev-caching', short: ['C'], long: ['dev-caching'], arg: 'none', negatable: true },
    { key: 'early-hints', long: ['early-hints'], arg: 'none' },
    { key: 'log-to-stdout', long: ['log-to-stdout'], arg: 'none' },
    { key: 'help', short: ['h'], long: ['help'], arg: 'none' }
];
const rails = {
    name: 'rails',
    gem: 'railties',
    bands: [
        { version: '7.1.0', from: '0' },
        { version: '7.2.0', from: '7.2' }
    ],
    analyze(ctx) {
        // argv: rails server [server-name] [options]
        const args = ctx.command.argv.slice(2);
        const parsed = parseOptions(args, rails_OPTIONS, { abbreviations: false });
        if (parsed.error) {
            // Thor's handling of unknown options was not studied: do not claim a boot failure
            const at = ctx.file.span(parsed.error.start, parsed.error.end);
            return allUnknown('unknown-value', at, { word: parsed.error.written });
        }
        const flagNotes = [];
        const cfg = lastOption(parsed, 'config');
        if (cfg?.value && /puma|unicorn|thin/.test(cfg.value.text))
            flagNotes.push({ at: optionSpan(ctx, cfg), kind: 'rails-config', data: { option: cfg.written, value: cfg.value.text } });
        const cwd = ctx.command.cwd;
        const env = ctx.command.env;
        const version = ctx.version ?? '7.2.0';
        const using = lastOption(parsed, 'using');
        const positionalServer = parsed.positional[0];
        const rackVersion = ctx.lockfile?.gems.get('rack')?.version;
        const rack3 = rackVersion !== undefined && atLeast(rackVersion, '3.0.0');
        const handler = using?.value ? named(using.value.text) : positionalServer ? named(positionalServer.text) : defaultHandler(ctx, rack3);
        const daemon = lastOption(parsed, 'daemon');
        const daemonizes = daemon ? verdict(true, 'flag', optionSpan(ctx, daemon), { option: daemon.written }) : verdict(false, 'foreground', ctx.commandSpan);
        const pidOpt = lastOption(parsed, 'pid');
        const envName = lastOption(parsed, 'environment')?.value?.text ?? ctx.environment;
        let pidFile;
        if (pidOpt?.value?.unknown)
            pidFile = undecided('unknown-value', optionSpan(ctx, pidOpt), { text: pidOpt.value.text });
        else if (pidOpt?.value)
            pidFile = pidFromPath(pidOpt.value.text, optionSpan(ctx, pidOpt), cwd);
        else if (env.get('PIDFILE'))
            pidFile = pidFromPath(env.get('PIDFILE'), ctx.commandSpan, cwd);
        else if (!atLeast(version, '7.2.0') || envName === 'development')
            pidFile = pidFromPath('tmp/pids/server.pid', ctx.commandSpan, cwd);
        else
            pidFile = pidFromPath(null, ctx.commandSpan, cwd);
        if (handler === null || handler === 'other' || handler === 'falcon') {
            const at = using ? optionSpan(ctx, using) : ctx.commandSpan;
            return { boots: null, bootProblems: [], socket: undecided('unknown-server', at, { handler: using?.value?.text ?? '' }), pidFile, daemonizes, listeners: null, flagNotes, configFiles: [] };
        }
        const bind = lastOption(parsed, 'binding');
        const port = lastOption(parsed, 'port');
        if (bind?.value?.unknown || port?.value?.unknown) {
            const o = bind?.value?.unknown ? bind : port;
            return { boots: true, bootProblems: [], socket: undecided('unknown-value', optionSpan(ctx, o), { text: o.value.text }), pidFile, daemonizes, listeners: null, flagNotes, configFiles: [] };
        }
        const userHost = bind?.value?.text ?? env.get('BINDING') ?? env.get('HOST');
        const userPort = port?.value?.text ?? env.get('PORT');
        const base = cwd === null ? null : appRelative(cwd);
        const pumaConfig = handler === 'puma' && base !== null ? pumaHandlerConfig(ctx, base, envName) : null;
        if (pumaConfig?.file.problems.length)
            return notStarted(ctx, pumaConfig.file.problems, flagNotes);
        // Rails writes its own PID file; Puma also writes the config's `pidfile`
        const applied = underHandler(ctx, pumaConfig, pidFile);
        const { configFiles, blind, boots } = applied;
        pidFile = applied.pidFile;
        // host and port the user did not give go to Puma's default level, where config-file binds win
        if (pumaConfig && userHost === undefined && userPort === undefined) {
            const binds = pumaConfig.file.binds;
            if (blind || (binds && !binds.known)) {
                const why = blind ?? undecided('config-value', binds.at, { why: binds && !binds.known ? binds.why : '' });
                return { boots, bootProblems: [], socket: why, pidFile, daemonizes, listeners: null, flagNotes, configFiles };
            }
            if (binds?.known) {
                return { boots, bootProblems: [], socket: socketFromListeners(binds.value, ctx.commandSpan, cwd), pidFile, daemonizes, listeners: binds.value, flagNotes, configFiles };
            }
        }
        const host = userHost ?? (envName === 'development' ? 'localhost' : '0.0.0.0');
        const portText = userPort ?? '3000';
        const at = bind ? optionSpan(ctx, bind) : port ? optionSpan(ctx, port) : ctx.commandSpan;
        const listener = handlerListener(handler, host, port?.value ? parsePort(port.value) : /^\d+$/.test(portText) ? Number(portText) : null, portText, at, bind || port ? 'command-line' : 'default', ctx.lockfile?.gems.get('puma')?.version ?? null);
        let socket = socketFromListeners([listener], ctx.commandSpan, cwd);
        if (listener.kind === 'tcp' && /^unix:/.test(host))
            socket = verdict(false, 'host-not-socket', at, { text: host });
        return {
            boots: listener.kind === 'tcp' && /[/:]/.test(host) ? null : boots,
            bootProblems: [],
            socket,
            pidFile,
            daemonizes,
            listeners: [listener],
            flagNotes,
            configFiles
        };
    }
};

;// CONCATENATED MODULE: ./src/servers/thin.ts
/**
 * Thin 1.x/2.x (servers.md §2): `lib/thin/runner.rb`. A command word is required; `-S` or an
 * `-a` containing `/` is a Unix socket; the PID file is written only when daemonizing; `-s N`
 * renames the socket and PID file per server; a `-C` YAML file overrides the command line.
 */






const req = (key, short, long) => ({ key, short: short ? [short] : [], long: [long], arg: 'required' });
const flag = (key, short, long) => ({ key, short: short ? [short] : [], long: [long], arg: 'none' });
const THIN_OPTIONS = [
    req('address', 'a', 'address'),
    req('port', 'p', 'port'),
    req('socket', 'S', 'socket'),
    { key: 'swiftiply', short: ['y'], long: ['swiftiply'], arg: 'optional' },
    req('adapter', 'A', 'adapter'),
    req('rackup', 'R', 'rackup'),
    req('chdir', 'c', 'chdir'),
    req('stats', null, 'stats'),
    req('environment', 'e', 'environment'),
    req('prefix', null, 'prefix'),
    flag('ssl', null, 'ssl'),
    req('ssl-key-file', null, 'ssl-key-file'),
    req('ssl-cert-file', null, 'ssl-cert-file'),
    flag('ssl-disable-verify', null, 'ssl-disable-verify'),
    req('ssl-version', null, 'ssl-version'),
    req('ssl-cipher-list', null, 'ssl-cipher-list'),
    flag('daemonize', 'd', 'daemonize'),
    req('log', 'l', 'log'),
    req('pid', 'P', 'pid'),
    req('user', 'u', 'user'),
    req('group', 'g', 'group'),
    req('tag', null, 'tag'),
    req('servers', 's', 'servers'),
    req('only', 'o', 'only'),
    req('config', 'C', 'config'),
    { key: 'all', long: ['all'], arg: 'optional' },
    flag('onebyone', 'O', 'onebyone'),
    req('wait', 'w', 'wait'),
    req('backend', 'b', 'backend'),
    req('timeout', 't', 'timeout'),
    flag('force', 'f', 'force'),
    req('max-conns', null, 'max-conns'),
    req('max-persistent-conns', null, 'max-persistent-conns'),
    flag('threaded', null, 'threaded'),
    req('threadpool-size', null, 'threadpool-size'),
    flag('no-epoll', null, 'no-epoll'),
    req('require', 'r', 'require'),
    flag('quiet', 'q', 'quiet'),
    flag('debug', 'D', 'debug'),
    flag('trace', 'V', 'trace'),
    flag('help', 'h', 'help'),
    flag('version', 'v', 'version')
];
const COMMANDS = new Set(['start', 'stop', 'restart', 'config', 'install']);
/** Thin's per-server name: `/tmp/web_server.sock` → `/tmp/web_server.0.sock` (include_server_number). */
function thinNumbered(path, n) {
    const dot = path.lastIndexOf('.');
    const slash = path.lastIndexOf('/');
    return dot > slash ? `${path.slice(0, dot)}.${n}${path.slice(dot)}` : `${path}.${n}`;
}
const thin = {
    name: 'thin',
    gem: 'thin',
    signal: thinSignal,
    analyze(ctx) {
        const parsed = parseOptions(ctx.command.argv.slice(1), THIN_OPTIONS);
        if (parsed.error)
            return notStarted(ctx, [optionProblem(ctx, parsed.error)]);
        const flagNotes = [];
        for (const o of parsed.options) {
            if (o.spec.key === 'debug')
                flagNotes.push({ at: optionSpan(ctx, o), kind: 'thin-debug', data: { option: o.written } });
            if (o.spec.key === 'chdir' && o.value && /\.(ya?ml|rb)$/.test(o.value.text)) {
                flagNotes.push({ at: optionSpan(ctx, o), kind: 'thin-chdir', data: { option: o.written, value: o.value.text } });
            }
        }
        const unsure = uncertainOption(ctx, parsed);
        if (unsure)
            return allUnknown('unknown-value', unsure.at, unsure.data, flagNotes);
        const command = parsed.positional[0];
        if (!command)
            return notStarted(ctx, [{ at: ctx.commandSpan, kind: 'thin-no-command', data: {} }], flagNotes);
        if (command.unknown)
            return allUnknown('unknown-value', wordSpan(ctx, command), { word: command.text }, flagNotes);
        if (command.text !== 'start') {
            const kind = COMMANDS.has(command.text) ? 'thin-other-command' : 'invalid-option';
            return notStarted(ctx, [{ at: wordSpan(ctx, command), kind, data: { command: command.text, option: command.text } }], flagNotes);
        }
        // the effective options: the command line, then every key of the -C YAML file over it
        const eff = new Map();
        for (const key of THIN_KEYS) {
            const o = lastOption(parsed, key);
            if (!o)
                continue;
            const at = optionSpan(ctx, o);
            if (o.value?.unknown)
                eff.set(key, { value: null, at, unknown: `\`${o.value.text}\` is not known` });
            else
                eff.set(key, { value: o.value ? o.value.text : true, at, text: o.value ? o.value.text : o.written });
        }
        const config = lastOption(parsed, 'config');
        const configFiles = [];
        let blind = null;
        if (config?.value) {
            const at = optionSpan(ctx, config);
            const rel = config.value.unknown || ctx.command.cwd === null ? null : appRelative(absolute(ctx, config.value.text));
            configFiles.push(rel ?? config.value.text);
            if (rel === null)
                blind = undecided('config-file', at, { files: config.value.text });
            else {
                const yaml = thinYaml(ctx, rel);
                if (yaml.status === 'missing')
                    return notStarted(ctx, [{ at, kind: 'missing-config', data: { path: config.value.text } }], flagNotes);
                if (yaml.status === 'unreadable')
                    blind = undecided('config-value', at, { why: `\`${rel}\` cannot be read` });
                else if (yaml.problem)
                    return notStarted(ctx, [yaml.problem], flagNotes);
                else if (yaml.opaque)
                    blind = undecided('config-value', yaml.opaque.at, { why: yaml.opaque.why });
                else {
                    for (const [k, v] of yaml.options)
                        eff.set(k, v);
                    flagNotes.push(...yaml.notes);
                }
            }
        }
        if (blind)
            return { boots: null, bootProblems: [], socket: blind, pidFile: blind, daemonizes: blind, listeners: null, flagNotes, configFiles };
        const unknownOf = (key) => {
            const e = eff.get(key);
            return e?.unknown !== undefined ? undecided(e.at.file === ctx.file.path ? 'unknown-value' : 'config-value', e.at, { text: e.text ?? '', why: e.unknown }) : null;
        };
        const str = (key) => {
            const v = eff.get(key)?.value;
            return v === null || v === undefined || v === false ? null : String(v);
        };
        const origin = (at) => (at.file === ctx.file.path ? 'command-line' : 'config');
        const chdir = eff.get('chdir');
        let cwd = ctx.command.cwd;
        if (chdir)
            cwd = chdir.unknown !== undefined || cwd === null || str('chdir') === null ? null : resolvePath(cwd, str('chdir'));
        // Thin runs Dir.chdir before starting: a folder that does not exist stops it
        let bootUnknown;
        if (chdir && cwd !== null) {
            const rel = appRelative(cwd);
            if (rel !== null && !ctx.isFolder(rel) && /\$/.test(str('chdir') ?? '')) {
                return notStarted(ctx, [{ at: chdir.at, kind: 'missing-folder', data: { path: str('chdir'), text: chdir.text ?? '' } }], flagNotes);
            }
            if (rel === null || !ctx.isFolder(rel))
                bootUnknown = { at: chdir.at, why: `Thin changes to \`${str('chdir')}\` before starting and exits if that folder does not exist on the server` };
        }
        const daemon = eff.get('daemonize');
        const daemonUnknown = unknownOf('daemonize');
        const daemonOn = daemon !== undefined && daemon.value !== false && daemon.value !== null;
        const servers = eff.get('servers');
        const serverCount = servers === undefined ? 0 : servers.unknown !== undefined ? null : servers.value === false || servers.value === null ? 0 : /^\d+$/.test(String(servers.value)) ? Number(servers.value) : null;
        // listeners: a socket drops address and port (Controller#initialize); an address with "/" is a socket
        const socketOpt = eff.get('socket');
        const address = eff.get('address');
        const port = eff.get('port');
        let listeners;
        let socket;
        const socketUnknown = socketOpt ? unknownOf('socket') : (unknownOf('address') ?? unknownOf('port'));
        if (socketUnknown) {
            listeners = null;
            socket = socketUnknown;
        }
        else if (str('socket') !== null && !str('socket').includes('/')) {
            // Server#select_backend binds a Unix socket only when the name contains "/": this is a TCP host
            return notStarted(ctx, [{ at: socketOpt.at, kind: 'thin-socket-not-path', data: { path: str('socket'), text: socketOpt.text ?? '' } }], flagNotes);
        }
        else if (str('socket') !== null || str('address')?.includes('/')) {
            const o = str('socket') !== null ? socketOpt : address;
            const path = String(o.value);
            listeners = [{ kind: 'unix', path, text: o.text ?? path, at: o.at, origin: origin(o.at) }];
            socket = socketFromListeners(listeners, ctx.commandSpan, cwd);
        }
        else {
            const host = str('address') ?? '0.0.0.0';
            const portText = str('port') ?? '3000';
            const p = /^\d+$/.test(portText) ? Number(portText) : null;
            const at = port?.at ?? address?.at ?? ctx.commandSpan;
            listeners = [tcpListener(`${host}:${portText}`, host, p, at, port || address ? origin(at) : 'default')];
            socket = socketFromListeners(listeners, ctx.commandSpan, cwd);
        }
        const daemonizes = daemonUnknown ?? (daemonOn ? verdict(true, origin(daemon.at) === 'config' ? 'config' : 'flag', daemon.at, { option: daemon.text ?? 'daemonize' }) : verdict(false, 'foreground', ctx.commandSpan));
        // the PID file is written only when daemonizing (Daemonizable#daemonize)
        const pidOpt = eff.get('pid');
        let pidFile;
        if (daemonUnknown)
            pidFile = daemonUnknown;
        else if (!daemonOn)
            pidFile = verdict(false, 'thin-needs-daemon', pidOpt ? pidOpt.at : ctx.commandSpan, { option: pidOpt?.text ?? '' });
        else
            pidFile = unknownOf('pid') ?? pidFromPath(str('pid') ?? 'tmp/pids/thin.pid', pidOpt ? pidOpt.at : ctx.commandSpan, cwd, pidOpt?.text);
        // a cluster renames the socket and PID file of every server
        if (servers && serverCount !== 0) {
            const at = servers.at;
            if (serverCount === null) {
                socket = undecided(origin(at) === 'config' ? 'config-value' : 'unknown-value', at, { text: servers.text ?? '', why: servers.unknown ?? '`servers` is not a number' });
                pidFile = socket;
                listeners = null;
            }
            else {
                if (listeners && socket.value === true) {
                    const path = resolvePath(cwd ?? '/', listeners[0].path);
                    socket = verdict(false, 'cluster-renamed', at, { path: thinNumbered(path, 0), count: String(serverCount), text: ctx.file.path === at.file ? ctx.file.textAt(at) : `servers: ${serverCount}` });
                    listeners = listeners.map((l) => ({ ...l, path: thinNumbered(l.path, 0) }));
                }
                else if (listeners && listeners[0].kind === 'tcp' && listeners[0].port != null) {
                    const first = listeners[0];
                    listeners = Array.from({ length: serverCount }, (_, k) => ({ ...first, port: first.port + k }));
                }
                if (pidFile.value === true)
                    pidFile = verdict(false, 'cluster-renamed', at, { path: thinNumbered('/tmp/web_server.pid', 0) });
            }
        }
        // USR1 reopens the log file, which fails and stops a foreground Thin when its folder is missing
        // (measured); daemonizing creates the folder (Daemonizable#daemonize). The default log is
        // log/thin.log under the folder Thin was started in (runner.rb: File.join(Dir.pwd, …)).
        const log = eff.get('log');
        let logFolder;
        if (daemonOn)
            logFolder = { value: true, at: daemon.at, origin: origin(daemon.at) === 'config' ? 'config' : 'command-line' };
        else if (!log)
            logFolder = { value: ctx.command.cwd === null ? null : ctx.isFolder(appRelative(ctx.command.cwd) === '' ? 'log' : `${appRelative(ctx.command.cwd)}/log`), at: null, origin: 'default', why: 'the folder Thin starts in is not known' };
        else {
            const path = log.unknown !== undefined || str('log') === null || cwd === null ? null : resolvePath(cwd, str('log'));
            const folder = path === null ? null : path.slice(0, path.lastIndexOf('/')) || '/';
            const rel = folder === null ? null : appRelative(folder);
            logFolder = { value: folder === '/tmp' ? true : rel === null ? null : ctx.isFolder(rel || '.'), at: log.at, origin: origin(log.at) === 'config' ? 'config' : 'command-line', why: `whether the folder of \`${str('log') ?? log.text}\` exists on the server is not known` };
        }
        if (logFolder.value !== null)
            delete logFolder.why;
        return { boots: bootUnknown ? null : true, bootUnknown, bootProblems: [], socket, pidFile, daemonizes, listeners, flagNotes, configFiles, settings: { logFolder } };
    }
};
const THIN_KEYS = ['socket', 'address', 'port', 'pid', 'daemonize', 'servers', 'chdir', 'log'];
/**
 * Thin's `-C` file: ERB, then YAML (Psych, YAML 1.1), every key assigned over the command line
 * (`load_options_from_config_file!`). `<%= … %>` values are unknown; other ERB tags may change
 * anything. Shell-style `$VARS` are not expanded by Thin.
 */
function thinYaml(ctx, path) {
    const out = { status: 'ok', options: new Map(), notes: [], problem: null, opaque: null };
    const read = ctx.config.text(path);
    if (read.status === 'missing' || read.status === 'unreadable')
        return { ...out, status: read.status };
    if (read.status !== 'ok')
        return out;
    const file = read.value;
    const logic = /<%(?!=)/.exec(file.text);
    if (logic)
        return { ...out, opaque: { at: file.span(logic.index, logic.index + 2), why: `\`${path}\` has an ERB tag that may change any option` } };
    // an ERB output tag becomes a placeholder of the same length, so positions stay right
    const erb = [];
    const text = file.text.replace(/<%=[\s\S]*?%>/g, (m, offset) => {
        erb.push([offset, offset + m.length]);
        return 'x'.repeat(m.length);
    });
    const doc = (0,dist/* parseDocument */.Tp)(text, { version: '1.1', uniqueKeys: false });
    if (doc.errors.length > 0) {
        const e = doc.errors[0];
        return { ...out, problem: { at: file.span(e.pos[0], Math.max(e.pos[1], e.pos[0] + 1)), kind: 'config-syntax', data: { path, message: e.message.split('\n')[0] } } };
    }
    if (!(0,dist/* isMap */.jh)(doc.contents))
        return out;
    for (const pair of doc.contents.items) {
        if (!(0,dist/* isScalar */.jn)(pair.key) || !pair.key.range)
            continue;
        const key = String(pair.key.value).replace(/^:/, '');
        if (!THIN_KEYS.includes(key))
            continue;
        const node = pair.value;
        const range = node && (0,dist/* isScalar */.jn)(node) && node.range ? node.range : null;
        const end = range ? range[1] : pair.key.range[1];
        const at = file.span(pair.key.range[0], end);
        const written = file.text.slice(pair.key.range[0], end).trim();
        if (range && erb.some(([a, b]) => a < range[1] && b > range[0])) {
            // `<%= ENV["NAME"] %>` is evaluated under the prediction environment; other Ruby is not
            const env = configEnvironment(ctx, path);
            let unknown = false;
            const value = file.text.slice(range[0], range[1]).replace(/<%=\s*ENV\[\s*["'](\w+)["']\s*\]\s*%>/g, (_m, name) => {
                const v = env.get(name);
                if (v === undefined)
                    unknown = true;
                return v ?? '';
            });
            if (unknown || value.includes('<%'))
                out.options.set(key, { value: null, at, text: written, unknown: `\`${written}\` in \`${path}\` is computed by ERB` });
            else
                out.options.set(key, { value: value.trim(), at, text: written });
            continue;
        }
        const value = node && (0,dist/* isScalar */.jn)(node) ? node.value : null;
        if (typeof value === 'string' && /\$\{?[A-Za-z_]/.test(value))
            out.notes.push({ at, kind: 'thin-yaml-variable', data: { key, value, path } });
        out.options.set(key, { value: typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? value : null, at, text: written });
    }
    return out;
}
/**
 * Thin's signals (servers.md §2.4, measured §7.3; `Server#setup_signals`): HUP restarts the whole
 * server (`thin start` with the same options, new PID, a brief outage); others are untrapped.
 */
function thinSignal(signal, facts) {
    switch (signal) {
        case 'hup':
            return { effect: 'full-restart', does: 'stops and runs `thin start` again with the same options: a new PID and a brief outage while the new process boots', dropsRequests: true };
        case 'usr1': {
            const folder = facts.settings?.logFolder;
            if (folder?.value === false)
                return stopped(signal, false, 'tries to reopen its log file in a folder that does not exist, raises Errno::ENOENT and exits (measured: a foreground Thin with no `log/` folder)');
            if (!folder || folder.value === null)
                return { effect: 'unknown', does: 'reopens its log file if its folder exists, and exits if it does not', dropsRequests: null, why: folder?.why ?? 'the log folder is not known' };
            return { effect: 'reopen-logs', does: 'reopens its log file and keeps serving the same code', dropsRequests: false };
        }
        case 'term':
        case 'quit':
            return stopped(signal, true);
        case 'int':
        case 'kill':
            return stopped(signal, false);
        default:
            return untrapped(signal);
    }
}

;// CONCATENATED MODULE: ./src/servers/unicorn.ts
/**
 * Unicorn and unicorn_rails 4–6 (servers.md §3): `bin/unicorn`, `bin/unicorn_rails`,
 * `Unicorn::Configurator`. Listeners from `-l`, `-o`/`-p` and the config file add up; the
 * config file's `pid` beats `-P`; `-d` is `$DEBUG` and `-e` evaluates Ruby; `unicorn_rails -P`
 * is the deprecated `--path`.
 */









function unicorn_options(rails) {
    const specs = [
        { key: 'eval', short: ['e'], long: ['eval'], arg: 'required' },
        { key: 'debug', short: ['d'], long: ['debug'], arg: 'none' },
        { key: 'warn', short: ['w'], long: ['warn'], arg: 'none' },
        { key: 'include', short: ['I'], long: ['include'], arg: 'required' },
        { key: 'require', short: ['r'], long: ['require'], arg: 'required' },
        { key: 'host', short: ['o'], long: ['host'], arg: 'required' },
        { key: 'port', short: ['p'], long: ['port'], arg: 'required' },
        { key: 'env', short: ['E'], long: ['env'], arg: 'required' },
        { key: 'daemonize', short: ['D'], long: ['daemonize'], arg: 'none' },
        { key: 'config', short: ['c'], long: ['config-file'], arg: 'required' },
        { key: 'listen', short: ['l'], long: ['listen'], arg: 'required' },
        { key: 'help', short: ['h'], long: ['help'], arg: 'none' },
        { key: 'version', short: ['v'], long: ['version'], arg: 'none' }
    ];
    if (rails) {
        specs.push({ key: 'path', short: ['P'], arg: 'required' }, { key: 'path', long: ['path'], arg: 'required' });
    }
    else {
        specs.push({ key: 'pid', short: ['P'], long: ['pid'], arg: 'required' }, { key: 'no-default-middleware', short: ['N'], long: ['no-default-middleware'], arg: 'none' }, { key: 'server', short: ['s'], long: ['server'], arg: 'required' });
    }
    return specs;
}
/** `Unicorn::Configurator#expand_addr`: a path (or `unix:` path), `HOST:PORT` or a port. */
function unicornListen(text, at, origin) {
    if (text.startsWith('unix:'))
        return { kind: 'unix', path: text.slice(5).replace(/^\/+/, '/'), text, at, origin };
    if (text.startsWith('/') || text.startsWith('~'))
        return { kind: 'unix', path: text, text, at, origin };
    let m = /^(?:\*:)?(\d+)$/.exec(text);
    if (m)
        return tcpListener(text, '0.0.0.0', Number(m[1]), at, origin);
    m = /^(.*):(\d+)$/.exec(text);
    if (m)
        return tcpListener(text, m[1], Number(m[2]), at, origin);
    return null;
}
/** `Unicorn::Configurator`: the file is evaluated after the command-line values are applied. */
function unicornFileLevel(ctx, path, cwd) {
    const level = { pending: false, opaque: null, problems: [], mayFail: null, listeners: { known: true, value: [], at: ctx.commandSpan }, cwd };
    const read = ctx.config.ruby(path, configEnvironment(ctx, path));
    if (read.status === 'pending')
        return { ...level, pending: true };
    if (read.status !== 'ok')
        return { ...level, opaque: { at: ctx.commandSpan, why: `\`${path}\` cannot be read` } };
    const config = read.value;
    if (config.syntaxErrors.length > 0) {
        level.problems.push({ at: config.syntaxErrors[0].at, kind: 'config-syntax', data: { path, message: config.syntaxErrors[0].message } });
        return level;
    }
    if (config.opaque.length > 0)
        level.opaque = { at: config.opaque[0].at, why: `rack-check does not follow ${config.opaque[0].why}` };
    for (const call of config.calls) {
        const unknown = firstUnknown(call);
        const cond = call.condition ? conditionWhy(call) : null;
        const arg = call.args[0]?.known ? call.args[0].value : undefined;
        const setTo = (key) => {
            level[key] = cond ? { known: false, at: call.at, why: cond } : unknown ? { known: false, at: unknown.at, why: unknown.why } : { known: true, value: arg ?? null, at: call.at };
        };
        switch (call.name) {
            case 'listen': {
                if (!level.listeners.known)
                    break;
                if (cond || unknown) {
                    level.listeners = { known: false, at: call.at, why: cond ?? unknown.why };
                    break;
                }
                const text = typeof arg === 'number' ? String(arg) : typeof arg === 'string' ? arg : null;
                // expand_addr: `unix:` paths are expanded against the working directory
                const expanded = text?.startsWith('unix:') ? 'unix:' + resolvePath(level.cwd, text.slice(5)) : text;
                const l = expanded === null ? null : unicornListen(expanded, call.at, 'config');
                if (!l) {
                    level.problems.push({ at: call.at, kind: 'config-invalid-bind', data: { option: text ?? '', path } });
                    break;
                }
                level.listeners = { known: true, value: [...level.listeners.value, l], at: call.at };
                break;
            }
            case 'pid':
                setTo('pid');
                break;
            case 'worker_processes':
                setTo('workers');
                break;
            case 'preload_app':
                setTo('preload');
                break;
            case 'working_directory': {
                const dir = typeof arg === 'string' ? resolvePath(level.cwd, arg) : null;
                const rel = dir === null ? null : appRelative(dir);
                if (cond || unknown || dir === null)
                    level.opaque ??= { at: call.at, why: cond ?? unknown?.why ?? `\`${call.name}\` on line ${call.at.line} has a value rack-check cannot read` };
                // Dir.chdir raises when the folder does not exist: outside the app rack-check cannot tell
                else if (rel === null)
                    level.mayFail ??= { at: call.at, why: `\`${dir}\` is outside the app folder; Unicorn exits at start if it does not exist on the server` };
                else
                    level.cwd = dir;
                break;
            }
            default:
                break;
        }
    }
    return level;
}
/** A word that Ruby reads as a plain name: `eval` of it raises NameError. */
const BARE_NAME = /^[a-z_][A-Za-z0-9_]*$/;
const RUBY_KEYWORDS = new Set(['nil', 'true', 'false', 'self', '__FILE__', '__LINE__', 'p', 'puts', 'exit', 'abort']);
function model(name) {
    const rails = name === 'unicorn_rails';
    return {
        name: 'unicorn',
        gem: 'unicorn',
        signal: unicornSignal,
        analyze(ctx) {
            const parsed = parseOptions(ctx.command.argv.slice(1), unicorn_options(rails));
            if (parsed.error)
                return notStarted(ctx, [optionProblem(ctx, parsed.error)]);
            const flagNotes = [];
            const problems = [];
            for (const o of parsed.options) {
                if (o.spec.key === 'debug')
                    flagNotes.push({ at: optionSpan(ctx, o), kind: 'unicorn-debug', data: { option: o.written, program: name } });
                if (o.spec.key === 'eval' && o.value) {
                    if (!o.value.unknown && BARE_NAME.test(o.value.text) && !RUBY_KEYWORDS.has(o.value.text)) {
                        problems.push({ at: optionSpan(ctx, o), kind: 'eval-word', data: { option: o.written, value: o.value.text, program: name, fix: '-E ' + o.value.text } });
                    }
                    else
                        flagNotes.push({ at: optionSpan(ctx, o), kind: 'unicorn-eval', data: { option: o.written, program: name } });
                }
            }
            if (problems.length)
                return notStarted(ctx, problems, flagNotes);
            const unsure = uncertainOption(ctx, parsed);
            if (unsure)
                return allUnknown('unknown-value', unsure.at, unsure.data, flagNotes);
            const cwd = ctx.command.cwd;
            const cli = [];
            let unknownAt = null;
            for (const o of allOptions(parsed, 'listen')) {
                if (!o.value)
                    continue;
                if (o.value.unknown) {
                    unknownAt ??= { at: optionSpan(ctx, o), text: o.value.text };
                    continue;
                }
                const l = unicornListen(o.value.text, optionSpan(ctx, o), 'command-line');
                if (l)
                    cli.push(l);
                else
                    unknownAt ??= { at: valueSpan(ctx, o.value), text: o.value.text };
            }
            const host = lastOption(parsed, 'host');
            const port = lastOption(parsed, 'port');
            if (host || port) {
                // rackup compatibility: one HOST:PORT listener
                const h = host?.value?.text ?? '0.0.0.0';
                const p = port?.value ? (port.value.unknown ? null : Number(port.value.text)) : 8080;
                const at = optionSpan(ctx, (port ?? host));
                if (host?.value?.unknown)
                    unknownAt ??= { at, text: host.value.text };
                else if (h.startsWith('/'))
                    cli.push({ kind: 'unix', path: h, text: h, at, origin: 'command-line' });
                else
                    cli.push(tcpListener(`${h}:${port?.value?.text ?? 8080}`, h, p, at, 'command-line'));
            }
            const config = lastOption(parsed, 'config');
            const configFiles = [];
            let file = null;
            let blind = null;
            if (config?.value) {
                const configAt = optionSpan(ctx, config);
                const rel = config.value.unknown || cwd === null ? null : appRelative(absolute(ctx, config.value.text));
                if (rel !== null && !ctx.exists(rel)) {
                    return notStarted(ctx, [{ at: configAt, kind: 'missing-config', data: { path: config.value.text } }], flagNotes);
                }
                configFiles.push(rel ?? config.value.text);
                if (rel === null)
                    blind = undecided('config-file', configAt, { files: config.value.text });
                else {
                    file = unicornFileLevel(ctx, rel, cwd);
                    if (file.problems.length > 0)
                        return notStarted(ctx, file.problems, flagNotes);
                    blind = unfollowable(file, configAt, rel);
                }
            }
            const fileCwd = file && !blind ? file.cwd : cwd;
            // command-line and config listeners add up; the default 8080 only when there is none at all
            let listeners;
            let socket;
            const cliSocket = socketFromListeners(cli, ctx.commandSpan, cwd);
            if (unknownAt) {
                listeners = null;
                socket = undecided('unknown-value', unknownAt.at, { text: unknownAt.text });
            }
            else if (cliSocket.value === true) {
                listeners = blind || (file && !file.listeners.known) ? null : [...cli, ...(file?.listeners.known ? file.listeners.value : [])];
                socket = cliSocket;
            }
            else if (blind) {
                listeners = null;
                socket = blind;
            }
            else if (file && !file.listeners.known) {
                listeners = null;
                socket = undecided('config-value', file.listeners.at, { why: file.listeners.why });
            }
            else {
                const all = [...cli, ...(file?.listeners.known ? file.listeners.value : [])];
                listeners = all.length ? all : [tcpListener('0.0.0.0:8080', '0.0.0.0', 8080, ctx.commandSpan, 'default')];
                socket = socketFromListeners(listeners, ctx.commandSpan, fileCwd);
            }
            const daemon = lastOption(parsed, 'daemonize');
            const daemonizes = daemon ? verdict(true, 'flag', optionSpan(ctx, daemon), { option: daemon.written }) : verdict(false, 'foreground', ctx.commandSpan);
            // the config file's `pid` beats -P (the command line is applied first, then the file)
            let pidFile;
            const pidOpt = lastOption(parsed, 'pid');
            const pathOpt = parsed.options.find((o) => o.spec.key === 'path' && o.written === '-P');
            const pidSetting = file?.pid;
            if (blind)
                pidFile = blind;
            else if (pidSetting && !pidSetting.known)
                pidFile = undecided('config-value', pidSetting.at, { why: pidSetting.why });
            else if (pidSetting?.known)
                pidFile = typeof pidSetting.value === 'string' ? pidFromPath(pidSetting.value, pidSetting.at, fileCwd) : pidFromPath(null, pidSetting.at, fileCwd);
            else if (pidOpt?.value?.unknown)
                pidFile = undecided('unknown-value', optionSpan(ctx, pidOpt), { text: pidOpt.value.text });
            else if (pidOpt?.value)
                pidFile = pidFromPath(pidOpt.value.text, optionSpan(ctx, pidOpt), cwd);
            else if (rails && daemon)
                pidFile = pidFromPath('tmp/pids/unicorn.pid', optionSpan(ctx, daemon), fileCwd, '-D');
            else
                pidFile = pidFromPath(null, ctx.commandSpan, cwd);
            if (pathOpt && pidFile.value === false && pidFile.reason === 'none') {
                pidFile = verdict(false, 'unicorn-rails-p-is-path', optionSpan(ctx, pathOpt), { text: pathOpt.value?.text ?? '' });
            }
            const setting = (s, dflt) => blind
                ? { value: null, at: null, origin: 'config', why: blind.data.why ?? 'the config file is not evaluated' }
                : !s
                    ? { value: dflt, at: null, origin: 'default' }
                    : s.known
                        ? { value: typeof s.value === 'object' && s.value !== null ? null : s.value, at: s.at, origin: 'config' }
                        : { value: null, at: s.at, origin: 'config', why: s.why };
            const settings = { workers: setting(file?.workers, 1), preload: setting(file?.preload, false) };
            // bin/unicorn_rails creates tmp/{cache,pids,sessions,sockets} in the working directory
            const base = fileCwd === null ? null : appRelative(fileCwd);
            const created = rails && base !== null ? ['cache', 'pids', 'sessions', 'sockets'].map((d) => (base ? base + '/' : '') + 'tmp/' + d) : [];
            const folder = blind ? null : missingFolder(ctx, writtenPaths(listeners, pidWritten(pidFile)), fileCwd, created);
            const bootUnknown = file?.mayFail ?? folder ?? undefined;
            const boots = blind || bootUnknown ? null : true;
            return { boots, bootUnknown, bootProblems: [], socket, pidFile, daemonizes, listeners, flagNotes, configFiles, settings };
        }
    };
}
const unicorn = model('unicorn');
const unicornRails = model('unicorn_rails');
/**
 * Unicorn's master signals (servers.md §3.3, measured §7.3; `Unicorn::HttpServer#join`). HUP
 * reloads the config file, or re-executes when there is none (`reexec`).
 */
function unicornSignal(signal, facts) {
    const newMaster = {
        effect: 'new-master',
        does: 'starts a new master beside the old one; the new master writes /tmp/web_server.pid and the old one keeps running (its PID file renamed `.oldbin`) until it is sent QUIT, usually from a `before_fork` hook in the config file',
        dropsRequests: false
    };
    switch (signal) {
        case 'usr2':
            return newMaster;
        case 'hup':
            return facts.configFiles.length
                ? { effect: 'reload-config', does: 'reads its config file again and replaces its workers gracefully (same master PID; the app code is reloaded only with `preload_app false`)', dropsRequests: false }
                : { ...newMaster, does: `has no config file to reload, so it re-executes: it ${newMaster.does}` };
        case 'usr1':
            return { effect: 'reopen-logs', does: 'reopens its log files and keeps serving the same code', dropsRequests: false };
        case 'quit':
            return stopped(signal, true);
        case 'term':
        case 'int':
            return stopped(signal, false, `stops quickly on ${signal.toUpperCase()} (workers are killed, requests in flight are lost)`);
        case 'kill':
            return stopped(signal, false);
        case 'winch':
            return { effect: 'stop', does: 'stops all its workers gracefully and keeps only the master, which serves nothing', dropsRequests: true, graceful: true };
        case 'ttin':
        case 'ttou':
            return { effect: 'none', does: `${signal === 'ttin' ? 'starts one more worker' : 'stops one worker'} and restarts nothing`, dropsRequests: false };
        default:
            return untrapped(signal);
    }
}

;// CONCATENATED MODULE: ./src/servers/index.ts









function identify(command) {
    const argv = command.argv;
    if (!argv)
        return null;
    switch (command.programName) {
        case 'puma':
            return puma;
        case 'thin':
            return thin;
        case 'unicorn':
            return unicorn;
        case 'unicorn_rails':
            return unicornRails;
        case 'rackup':
            return rackup;
        case 'rails':
            return argv[1] && (argv[1].text === 'server' || argv[1].text === 's') ? rails : null;
        case 'passenger':
            return argv[1]?.text === 'start' ? passenger : null;
        default:
            return null;
    }
}
function analyzeWebServer(input) {
    const { procfile, entry } = input;
    const command = analyzeCommand(procfile, entry.command, entry.commandStart, input.environment);
    const commandSpan = procfile.span(entry.commandStart, entry.commandEnd);
    const model = identify(command);
    const locked = model?.gem ? (input.lockfile?.gems.get(model.gem) ?? null) : null;
    const version = locked?.version ?? null;
    const ctx = {
        file: procfile,
        command,
        commandSpan,
        version,
        lockfile: input.lockfile,
        exists: input.exists,
        isFolder: input.isFolder,
        config: input.config,
        environment: input.environment
    };
    let facts;
    let ifStarted = null;
    if (command.argv === null) {
        const at = command.unsupported?.at ?? commandSpan;
        facts = unknownFacts('not-followable', at, { what: command.unsupported?.what ?? '' });
    }
    else if (!model) {
        facts = unknownFacts('unknown-server', command.program ? wordSpan(ctx, command.program) : commandSpan, { program: command.programName });
    }
    else {
        const analyze = (c) => (model.bands && version === null ? acrossBands(model, c) : model.analyze(c));
        facts = analyze(ctx);
        if (facts.boots !== false)
            ifStarted = facts;
        // a missing config file would be fixed, not removed: then nothing can be said about it
        else if (!facts.bootProblems.some((p) => p.kind === 'missing-config')) {
            // drop the words the boot problems point at and look again
            const spans = facts.bootProblems.map((p) => procfile.offsets(p.at));
            const kept = command.argv.filter((w, i) => i === 0 || !spans.some(([a, b]) => w.start < b && w.end > a));
            if (kept.length < command.argv.length) {
                const again = analyze({ ...ctx, command: { ...command, argv: kept } });
                if (again.boots !== false)
                    ifStarted = again;
            }
        }
        // `bundle exec puma` with a lockfile that does not lock puma: Bundler refuses to run it
        const needsGem = command.bundleExec || command.binstub;
        if (needsGem && input.lockfile?.valid && model.gem && !locked && !(model.gem === 'rack' && input.lockfile.gems.has('rackup'))) {
            const problem = { at: wordSpan(ctx, command.program), kind: 'not-bundled', data: { gem: model.gem, program: command.programName } };
            facts = { ...facts, boots: false, bootProblems: [problem, ...facts.bootProblems] };
        }
    }
    return {
        entry,
        procfile,
        command,
        commandSpan,
        server: model?.name ?? 'unknown',
        program: command.programName,
        model,
        version,
        facts,
        ifStarted,
        prediction: predict(facts)
    };
}
function unknownFacts(reason, at, data) {
    return {
        boots: null,
        bootProblems: [],
        socket: undecided(reason, at, data),
        pidFile: undecided(reason, at, data),
        daemonizes: undecided(reason, at, data),
        listeners: null,
        flagNotes: [],
        configFiles: []
    };
}
/** With no locked version: model each band and keep only what they all agree on. */
function acrossBands(model, ctx) {
    const bands = model.bands;
    const results = bands.map((b) => model.analyze({ ...ctx, version: b.version }));
    const same = (get) => results.every((r) => JSON.stringify(get(r)) === JSON.stringify(get(results[0])));
    const describe = (get, show) => {
        const parts = [];
        let start = 0;
        for (let k = 1; k <= results.length; k++) {
            if (k === results.length || JSON.stringify(get(results[k])) !== JSON.stringify(get(results[start]))) {
                parts.push(`${show(get(results[start]))} on ${model.name} ${bandLabel(bands, start, k - 1)}`);
                start = k;
            }
        }
        return parts.join(', ');
    };
    const merge = (get) => {
        if (same((f) => get(f).value))
            return get(results[0]);
        const at = results.map(get).find((v) => v.value !== true)?.at ?? get(results[0]).at;
        // someVersions: true on some bands, so a line can still claim the socket or PID file
        const someVersions = String(results.some((r) => get(r).value === true));
        return undecided('version', at, { versions: describe((f) => get(f).value, (v) => (v === true ? 'yes' : v === false ? 'no' : 'unknown')), someVersions });
    };
    // boot problems that happen on some bands only are kept with the bands they happen on
    const problems = [];
    const keyOf = (p) => `${p.kind}@${p.at.line}:${p.at.column}`;
    const seen = new Set();
    for (const r of results) {
        for (const p of r.bootProblems) {
            const key = keyOf(p);
            if (seen.has(key))
                continue;
            seen.add(key);
            const on = results.map((x) => x.bootProblems.some((q) => keyOf(q) === key));
            const first = on.indexOf(true);
            const last = on.lastIndexOf(true);
            const contiguous = on.slice(first, last + 1).every(Boolean);
            const all = on.every(Boolean);
            problems.push(all ? p : { ...p, versions: contiguous ? bandLabel(bands, first, last) : 'some versions' });
        }
    }
    const bootsSame = same((f) => f.boots);
    const flagNotes = results.flatMap((r) => r.flagNotes).filter((n, i, all) => all.findIndex((m) => m.kind === n.kind && m.at.column === n.at.column) === i);
    return {
        boots: bootsSame ? results[0].boots : null,
        bootProblems: problems,
        socket: merge((f) => f.socket),
        pidFile: merge((f) => f.pidFile),
        daemonizes: merge((f) => f.daemonizes),
        listeners: same((f) => f.listeners) ? results[0].listeners : null,
        flagNotes,
        configFiles: results[0].configFiles,
        bootUnknown: results.find((r) => r.bootUnknown)?.bootUnknown,
        settings: mergeSettings(results, (get) => describe(get, (v) => JSON.stringify(v)))
    };
}
/** A setting the bands disagree on becomes unknown, saying on which versions it is what. */
function mergeSettings(results, describe) {
    const first = results[0].settings;
    if (!first)
        return undefined;
    const out = {};
    for (const key of Object.keys(first)) {
        const same = results.every((r) => JSON.stringify(r.settings?.[key]?.value) === JSON.stringify(first[key].value));
        out[key] = same ? first[key] : { value: null, at: first[key].at, origin: first[key].origin, why: `it depends on the version: ${describe((f) => f.settings?.[key]?.value ?? null)}` };
    }
    return out;
}
function predict(f) {
    if (f.boots === false)
        return { boots: false, servesSocket: false, writesPidFile: false, daemonizes: false, tcpPorts: [] };
    const tcp = f.listeners?.filter((l) => l.kind === 'tcp');
    const ports = tcp && tcp.every((l) => typeof l.port === 'number') ? [...new Set(tcp.map((l) => l.port))].sort((a, b) => a - b) : null;
    // a server that may not start cannot be promised to serve
    const gate = (v) => (f.boots === null && v === true ? null : v);
    return {
        boots: f.boots,
        servesSocket: gate(f.socket.value),
        writesPidFile: gate(f.pidFile.value),
        daemonizes: gate(f.daemonizes.value),
        tcpPorts: f.boots === null ? null : ports
    };
}

;// CONCATENATED MODULE: ./src/restart.ts



/** Default restart signal (cloud66.md §5.2 for systemd; §5.3: Bluepill sends `usr2` to every web server). */
function defaultRestartSignal(server, pm) {
    if (pm === 'bluepill')
        return 'usr2';
    return server === 'puma' || server === 'unicorn' ? 'usr2' : 'hup';
}
/** Default stop sequence of the web process (cloud66.md §5.1–5.3). */
function defaultStopSequence(server, pm) {
    if (pm === 'bluepill')
        return 'quit, 30, term, 11, kill';
    if (server === 'unicorn')
        return 'quit, 75, term, 15, kill';
    if (server === 'thin')
        return 'quit, 75, int, 15, kill';
    return 'term, 90, kill';
}
function signalEffect(web, signal) {
    const model = web.model;
    if (!model?.signal)
        return notStudied(web.program || 'this server');
    // a server that cannot start is judged as it would run once fixed
    return model.signal(signal, web.ifStarted ?? web.facts, web.version);
}
function manifestValue(manifest, key) {
    const s = manifest ? webSetting(manifest, key) : null;
    if (!s || s.pair.value?.kind !== 'scalar')
        return null;
    return { at: s.pair.value.at, scalar: s.pair.value, process: s.process, environment: s.block.environment };
}
function planRestart(app, web, pm) {
    if (!web)
        return null;
    const server = web.server;
    const defaultSignal = defaultRestartSignal(server, pm);
    const manifest = app.manifest;
    const set = manifestValue(manifest, 'restart_signal');
    let signal = defaultSignal;
    let effect;
    if (set && set.scalar.value !== null) {
        const text = String(set.scalar.value);
        const word = readSignal(text, set.at);
        signal = word.name ?? text.toLowerCase();
        effect = set.scalar.erb
            ? { effect: 'unknown', does: 'depends on an ERB tag in the manifest', dropsRequests: null, why: 'the value is an ERB tag' }
            : word.name
                ? signalEffect(web, word.name)
                : { effect: 'unknown', does: `\`${text}\` is not a signal name`, dropsRequests: null, why: `\`${text}\` is not a signal name` };
    }
    else
        effect = signalEffect(web, defaultSignal);
    const stopSet = manifestValue(manifest, 'stop_sequence');
    let stop;
    if (stopSet && manifest && typeof stopSet.scalar.value === 'string' && !stopSet.scalar.erb) {
        const sequence = parseStopSequence(manifest.file, stopSet.scalar);
        const firstSignal = sequence.steps[0]?.signal?.name;
        stop = { text: stopSet.scalar.value, setBy: stopSet, sequence, first: firstSignal ? signalEffect(web, firstSignal) : null };
    }
    else if (stopSet) {
        stop = { text: String(stopSet.scalar.value), setBy: stopSet, sequence: null, first: null };
    }
    else {
        const text = defaultStopSequence(server, pm);
        stop = { text, setBy: null, sequence: null, first: signalEffect(web, text.split(',')[0].trim()) };
    }
    const rod = manifestValue(manifest, 'restart_on_deploy');
    const restartOnDeploy = rod && typeof rod.scalar.value === 'boolean' && !rod.scalar.quoted ? { value: rod.scalar.value, setBy: rod } : null;
    return { server, boots: web.prediction.boots, signal, source: set && set.scalar.value !== null ? 'manifest' : 'default', setBy: set && set.scalar.value !== null ? set : null, effect, defaultSignal, processManager: pm, stop, restartOnDeploy };
}

;// CONCATENATED MODULE: ./src/transition.ts
/** `passenger` means the built-in Passenger: no `custom_web` entry. */
function serverOf(app) {
    if (!app || !app.webServer)
        return { name: 'passenger', builtin: true };
    return { name: app.webServer.server, builtin: false };
}
function compareServers(head, base) {
    const from = serverOf(base);
    const to = serverOf(head);
    const direction = from.builtin === to.builtin ? 'none' : to.builtin ? 'to-passenger' : 'to-custom';
    return { transition: { from: from.name, to: to.name, passengerImmutable: direction !== 'none' }, direction };
}

;// CONCATENATED MODULE: ./src/check.ts
/**
 * The engine: files → model → servers → rules → sorted findings and the JSON report
 * (contract §2). Shared by the CLI and the action; touches no `process` and no network.
 */











const check_TOOL_VERSION = '0.1.0';
/**
 * Analyses one app. `ruby` is the Ruby parser, or null before it is loaded: then `needsRuby`
 * tells whether a Ruby config file was asked for, and the caller loads Prism and analyses again.
 */
function analyzeApp(ws, root, options, ruby = null) {
    const app = loadApp(ws, root, options.environment);
    const prefix = root === '' ? '' : root + '/';
    // a file a deploy hook copies into place is read from where it is copied from
    const actual = (p) => prefix + (app.replaced.get(p)?.source ?? p);
    const exists = (p) => ws.exists(actual(p));
    const isFolder = (p) => ws.isFolder(prefix + p);
    let needsRuby = false;
    const parsed = new Map();
    const read = (appPath) => {
        const r = ws.read(actual(appPath));
        if (r.ok)
            return { status: 'ok', value: r.file };
        if (r.missing)
            return { status: 'missing' };
        if (!app.unreadable.some((u) => u.path === actual(appPath)))
            app.unreadable.push({ path: actual(appPath), problem: r.problem });
        return { status: 'unreadable', problem: r.problem };
    };
    const config = {
        text: read,
        ruby(appPath, env) {
            const r = read(appPath);
            if (r.status !== 'ok')
                return r;
            if (!ruby) {
                needsRuby = true;
                return { status: 'pending' };
            }
            let p = parsed.get(appPath);
            if (!p)
                parsed.set(appPath, (p = ruby(r.value)));
            return { status: 'ok', value: evaluateRubyConfig(r.value, p, env) };
        }
    };
    const analyze = (procfile, name) => {
        const entry = procfileEntry(procfile, name);
        return entry ? analyzeWebServer({ procfile: procfile.file, entry, environment: options.environment, lockfile: app.lockfile, exists, isFolder, config }) : null;
    };
    const web = app.web ? analyze(app.web.procfile, 'custom_web') : null;
    const herokuProcfile = app.web?.procfile ?? app.procfiles.find((p) => procfileEntry(p, 'web')) ?? null;
    const herokuWeb = herokuProcfile ? analyze(herokuProcfile, 'web') : null;
    const textAt = (at) => {
        const r = ws.read(at.file);
        return r.ok ? r.file.textAt(at) : '';
    };
    return { app, web, herokuWeb, restart: planRestart(app, web, options.processManager), change: null, textAt, needsRuby };
}
function runRules(analysis, options, rules = rules_RULES) {
    const findings = [];
    for (const rule of rules) {
        rule.check({
            analysis,
            options,
            report(at, message, data = {}, override) {
                const template = rule.messages[message];
                if (template === undefined)
                    throw new Error(`rule ${rule.id} has no message ${message}`);
                findings.push({
                    rule: rule.id,
                    severity: override?.severity ?? rule.severity,
                    ...at,
                    message: formatMessage(template, data),
                    docs: docsPath(rule.id)
                });
            }
        });
    }
    return findings;
}
function appReport(a) {
    const web = a.web;
    const r = a.restart;
    const inApp = (f) => {
        const p = a.app.replaced.get(f)?.source ?? f;
        return a.app.root ? `${a.app.root}/${p}` : p;
    };
    return {
        root: a.app.root === '' ? '.' : a.app.root,
        files: {
            procfile: a.app.present.procfile,
            manifest: a.app.present.manifest,
            deployHooks: a.app.present.deployHooks,
            serverConfig: web ? web.facts.configFiles.map(inApp) : [],
            lockfile: a.app.present.lockfile
        },
        webServer: web
            ? {
                process: 'custom_web',
                file: web.procfile.path,
                line: web.entry.line,
                server: web.server,
                version: web.version,
                prediction: web.prediction
            }
            : null,
        restart: r
            ? { signal: r.signal, source: r.source, file: r.setBy?.at.file ?? null, line: r.setBy?.at.line ?? null, effect: r.effect.effect }
            : null,
        transition: a.change?.transition ?? null
    };
}
function summarize(findings) {
    const count = (s) => findings.filter((f) => f.severity === s).length;
    return { errors: count('error'), warnings: count('warning'), notices: count('notice') };
}
/** Checks one folder (the app root). Prism is loaded only when a Ruby config file is read. */
async function check_checkDirectory(dir, options) {
    const ws = new workspace_Workspace(dir);
    const analyses = [];
    if (hasDeploymentFiles(ws, '')) {
        const first = analyzeApp(ws, '', options);
        analyses.push(first.needsRuby ? analyzeApp(ws, '', options, await loadRubyParser()) : first);
    }
    // with a base, each app is compared with the base's app at the same root
    if (options.base) {
        for (const a of analyses) {
            const head = appReport(a);
            a.change = compareServers(head, options.base.apps.find((b) => b.root === head.root));
        }
    }
    // a block merged in by a YAML alias is checked where it is used and where it is anchored: one finding
    const findings = analyses
        .flatMap((a) => runRules(a, options))
        .sort(compareFindings)
        .filter((f, i, all) => i === 0 || compareFindings(f, all[i - 1]) !== 0 || f.message !== all[i - 1].message);
    return {
        analyses,
        report: {
            schemaVersion: 1,
            tool: { name: 'rack-check', version: check_TOOL_VERSION },
            apps: analyses.map(appReport),
            findings,
            summary: summarize(findings)
        }
    };
}

;// CONCATENATED MODULE: ./src/quiet-wasi.ts
/**
 * Node prints "ExperimentalWarning: WASI is an experimental feature" when Prism's WebAssembly is
 * loaded; it is not the user's concern. Only the two shells call this (it touches `process`).
 */
function silenceWasiWarning() {
    const emit = process.emitWarning.bind(process);
    process.emitWarning = ((warning, ...rest) => {
        const text = typeof warning === 'string' ? warning : warning.message;
        if (/WASI/.test(text))
            return;
        return emit(warning, ...rest);
    });
}

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
;// CONCATENATED MODULE: ./src/cli/base.ts
/**
 * The deployment files of a git ref (`--base`), copied into a temporary folder so that the same
 * engine can check them. Only git's plumbing runs (`ls-tree`, `cat-file blob`: no hooks, filters
 * or textconv); links and submodules are skipped, and so are files over 1 MiB.
 */






class base_BaseError extends Error {
}
/** The files the engine reads: Procfiles, .cloud66/, server configs, lockfiles. */
function wanted(path) {
    if (/^Procfile([._].*)?$/.test(path))
        return true;
    if (path.startsWith('.cloud66/'))
        return true;
    if (path === 'Gemfile.lock' || path === 'gems.locked' || path === 'config.ru')
        return true;
    return /^config\/.*\.(rb|ya?ml)$/.test(path);
}
function git(cwd, args) {
    return (0,external_node_child_process_namespaceObject.execFileSync)('git', ['-c', 'core.fsmonitor=false', ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
}
/** Writes files (app-relative paths) into a new temporary folder, refusing paths that leave it. */
function writeSnapshot(files) {
    const out = (0,external_node_fs_namespaceObject.mkdtempSync)((0,external_node_path_namespaceObject.join)((0,external_node_os_namespaceObject.tmpdir)(), 'rack-check-base-'));
    for (const f of files) {
        if (f.path.split('/').some((part) => part === '..' || part === '') || f.content.length > MAX_FILE_BYTES)
            continue;
        const target = (0,external_node_path_namespaceObject.join)(out, f.path);
        (0,external_node_fs_namespaceObject.mkdirSync)((0,external_node_path_namespaceObject.dirname)(target), { recursive: true });
        (0,external_node_fs_namespaceObject.writeFileSync)(target, f.content);
    }
    return out;
}
/** Writes the ref's deployment files of the app folder `dir` into a new temporary folder. */
function base_snapshotBase(dir, ref) {
    let top;
    try {
        top = git(dir, ['rev-parse', '--show-toplevel']).toString().trim();
        git(dir, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
    }
    catch (e) {
        const msg = e.stderr?.toString().trim();
        throw new base_BaseError(msg ? `cannot read ${ref}: ${msg.split('\n')[0]}` : `${ref} is not a commit of the git repository at ${dir}`);
    }
    const prefix = (0,external_node_path_namespaceObject.relative)((0,external_node_fs_namespaceObject.realpathSync)(top), (0,external_node_fs_namespaceObject.realpathSync)(dir)).split(external_node_path_namespaceObject.sep).join('/');
    const listing = git(dir, ['ls-tree', '-r', '-z', '--long', '--full-tree', ref, '--', prefix || '.']).toString();
    const files = [];
    for (const entry of listing.split('\0')) {
        // <mode> SP <type> SP <object> SP+ <size> TAB <path>
        const m = /^(\d+) (\w+) ([0-9a-f]+)\s+(-|\d+)\t(.*)$/s.exec(entry);
        if (!m || m[2] !== 'blob' || m[1] === '120000')
            continue;
        const path = prefix ? m[5].slice(prefix.length + 1) : m[5];
        if ((prefix && !m[5].startsWith(prefix + '/')) || !wanted(path) || Number(m[4]) > MAX_FILE_BYTES)
            continue;
        files.push({ path, content: git(dir, ['cat-file', 'blob', m[3]]) });
    }
    return writeSnapshot(files);
}
/** Checks a snapshot folder and removes it. */
async function base_checkSnapshot(snapshot, options) {
    try {
        return (await check_checkDirectory(snapshot, options)).report;
    }
    finally {
        (0,external_node_fs_namespaceObject.rmSync)(snapshot, { recursive: true, force: true });
    }
}

;// CONCATENATED MODULE: ./src/model/span.ts
const SEVERITY_RANK = { error: 3, warning: 2, notice: 1 };
function compareSpans(a, b) {
    if (a.file !== b.file)
        return a.file < b.file ? -1 : 1;
    return a.line - b.line || a.column - b.column || a.endLine - b.endLine || a.endColumn - b.endColumn;
}
function spanText(s) {
    return `${s.file}:${s.line}:${s.column}`;
}

;// CONCATENATED MODULE: ./src/reporters/github.ts
/** Workflow-command escaping, as `@actions/core` does it (toolkit `command.ts`). */
function github_escapeData(s) {
    return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function github_escapeProperty(s) {
    return github_escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
const COMMAND = { error: 'error', warning: 'warning', notice: 'notice' };
/** Path of a finding as GitHub wants it: repository-relative, `/`, no `./`. */
function annotationPath(prefix, file) {
    const p = prefix.replace(/\\/g, '/').replace(/^\.\/?/, '').replace(/\/+$/, '');
    return p ? `${p}/${file}` : file;
}
/** One `::error file=…::message` line per finding (columns only on one-line spans). */
function github_formatGithub(findings, pathPrefix = '') {
    return findings
        .map((f) => {
        const props = [`file=${github_escapeProperty(annotationPath(pathPrefix, f.file))}`, `line=${f.line}`, `endLine=${f.endLine}`];
        if (f.line === f.endLine)
            props.push(`col=${f.column}`, `endColumn=${f.endColumn}`);
        props.push(`title=${github_escapeProperty(f.rule)}`);
        return `::${COMMAND[f.severity]} ${props.join(',')}::${github_escapeData(f.message)}\n`;
    })
        .join('');
}

;// CONCATENATED MODULE: ./src/reporters/sarif.ts

const LEVEL = { error: 'error', warning: 'warning', notice: 'note' };
const REPOSITORY_URL = 'https://github.com/c66/rack-check';
/** SARIF 2.1.0. SARIF regions end one column past the last character, hence the +1. */
function sarif_formatSarif(report, pathPrefix = '') {
    const prefix = pathPrefix.replace(/^\.\/?/, '').replace(/\/+$/, '');
    const sarif = {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: 'rack-check',
                        version: report.tool.version,
                        informationUri: REPOSITORY_URL,
                        rules: RULES.map((r) => ({
                            id: r.id,
                            shortDescription: { text: r.summary },
                            helpUri: `${REPOSITORY_URL}/blob/main/docs/rules/${r.id}.md`,
                            defaultConfiguration: { level: LEVEL[r.severity] }
                        }))
                    }
                },
                results: report.findings.map((f) => ({
                    ruleId: f.rule,
                    ruleIndex: RULES.findIndex((r) => r.id === f.rule),
                    level: LEVEL[f.severity],
                    message: { text: f.message },
                    locations: [
                        {
                            physicalLocation: {
                                artifactLocation: { uri: prefix ? `${prefix}/${f.file}` : f.file },
                                region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn + 1 }
                            }
                        }
                    ]
                }))
            }
        ]
    };
    return JSON.stringify(sarif, null, 2) + '\n';
}

;// CONCATENATED MODULE: ./src/guidance.ts
const SERVER_LABEL = {
    puma: 'Puma',
    unicorn: 'Unicorn',
    thin: 'Thin',
    passenger: 'Passenger',
    rails: '`rails server`',
    rackup: '`rackup`',
    unknown: 'the server'
};
function guidance_where(plan) {
    const s = plan.setBy;
    if (!s)
        return `the default for ${SERVER_LABEL[plan.server]} under ${plan.processManager === 'bluepill' ? 'Bluepill' : 'systemd'}`;
    const block = s.environment === null ? 'procfile_metadata' : `${s.environment}.procfile_metadata`;
    return `\`${block}.${s.process}.restart_signal\` at ${s.at.file}:${s.at.line}`;
}
function zeroDowntime(plan) {
    const e = plan.effect;
    switch (plan.server) {
        case 'puma':
            if (e.effect === 'phased-restart')
                return 'Already zero-downtime: a phased restart keeps the other workers serving while each one is replaced. It does not upgrade Puma itself or re-read the config file: after changing either, deploy once with `usr2` or restart the server.';
            return 'For a rolling (phased) restart set `restart_signal: usr1` under `procfile_metadata` → `web` in `.cloud66/manifest.yml`, run Puma in cluster mode (`workers 2` or more) without `preload_app!` (on Puma 7 and later write `preload_app! false`, or use `prune_bundler`, which also lets new gems load). A hot restart (USR2) fails no request either, but every request waits while the whole app boots again.';
        case 'unicorn':
            return 'USR2 is Unicorn\'s zero-downtime restart: the new master boots beside the old one. Make the config file\'s `before_fork` send QUIT to the old master (its PID is in `/tmp/web_server.pid.oldbin`), as in Cloud 66\'s Unicorn sample, or two masters keep serving old and new code.';
        case 'thin':
            return 'A single Thin has no zero-downtime restart: HUP stops it and starts it again. For zero-downtime deploys use Puma (phased restarts) or Unicorn (USR2).';
        case 'passenger':
            return 'Not known: how Cloud 66 restarts a `passenger start` custom server is not documented.';
        default:
            return `Not known: rack-check has no measurements of ${SERVER_LABEL[plan.server]}'s restarts. Puma and Unicorn are the servers Cloud 66 documents for zero-downtime restarts.`;
    }
}
function requests(plan) {
    const e = plan.effect;
    if (e.effect === 'stop' || e.effect === 'suspend')
        return 'Every request fails from then on: the server is not restarted, and Cloud 66\'s deploy check fails.';
    if (e.dropsRequests === true)
        return 'Some requests fail while it restarts (measured with Thin: 1 or 2 of 30 probes in 6 seconds).';
    if (e.dropsRequests === false) {
        if (e.effect === 'hot-restart')
            return 'None fail (the socket is kept), but requests wait while the app boots again.';
        if (e.effect === 'reopen-logs' || e.effect === 'none')
            return 'None fail, and the new code is not loaded: the deploy does not take effect.';
        return 'None fail (measured).';
    }
    return 'Not known.';
}
function guidance_restartGuidance(plan) {
    const name = plan.signal.toUpperCase();
    const notes = [];
    if (plan.boots === false)
        notes.push('As written the server does not start (see the errors above); this is what a restart does once it does.');
    if (plan.restartOnDeploy?.value === false)
        notes.push(`\`restart_on_deploy: false\` (${plan.restartOnDeploy.setBy.at.file}:${plan.restartOnDeploy.setBy.at.line}): Cloud 66 does not restart the web server on deploy, so new code runs only after a manual restart.`);
    if (plan.signal !== plan.defaultSignal)
        notes.push(`Without \`restart_signal\` Cloud 66 would send ${plan.defaultSignal.toUpperCase()}.`);
    notes.push(`To stop the server Cloud 66 sends \`${plan.stop.text}\`${plan.stop.setBy ? ` (stop_sequence at ${plan.stop.setBy.at.file}:${plan.stop.setBy.at.line})` : ' (the default)'}.`);
    return {
        sends: `On every deploy Cloud 66 sends ${name} to the web server (${guidance_where(plan)}).`,
        does: `${SERVER_LABEL[plan.server]} ${plan.effect.does}.`,
        requests: requests(plan),
        zeroDowntime: zeroDowntime(plan),
        environment: 'Changes to environment variables need a hard restart whatever the signal: a re-executed or phased process keeps the environment it was started with. Restart the web server from the Cloud 66 dashboard (or `sudo systemctl restart cloud66_web_server`) after changing them.',
        notes
    };
}

;// CONCATENATED MODULE: ./src/reporters/text.ts

const COLORS = { error: '31', warning: '33', notice: '36', dim: '2', bold: '1' };
function paint(on, code, s) {
    return on ? `\x1b[${code}m${s}\x1b[0m` : s;
}
/** Control characters from the checked files must not reach the terminal as escapes. */
function visible(s) {
    // eslint-disable-next-line no-control-regex
    return s.replace(/[\x00-\x08\x0b-\x1f\x7f\x9b]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}
function excerpt(f, text, color) {
    if (text === undefined)
        return '';
    const lines = text.split('\n');
    const line = lines[f.line - 1];
    if (line === undefined)
        return '';
    const src = visible(line.replace(/\r$/, ''));
    const num = String(f.line);
    const pad = ' '.repeat(num.length);
    const end = f.endLine === f.line ? f.endColumn : line.length;
    const width = Math.max(1, Math.min(end, src.length) - f.column + 1);
    const marker = ' '.repeat(Math.max(0, f.column - 1)) + '^'.repeat(width);
    return ` ${paint(color, COLORS.dim, num + ' |')} ${src}\n ${paint(color, COLORS.dim, pad + ' |')} ${paint(color, COLORS[f.severity], marker)}\n`;
}
function yesNo(v) {
    return v === null ? 'unknown' : v ? 'yes' : 'no';
}
function predictionLine(p) {
    const ports = p.tcpPorts === null ? 'unknown' : p.tcpPorts.length ? p.tcpPorts.join(', ') : 'none';
    return `boots: ${yesNo(p.boots)}, serves /tmp/web_server.sock: ${yesNo(p.servesSocket)}, writes /tmp/web_server.pid: ${yesNo(p.writesPidFile)}, daemonizes: ${yesNo(p.daemonizes)}, TCP ports: ${ports}`;
}
function plural(n, word) {
    return `${n} ${word}${n === 1 ? '' : 's'}`;
}
function text_formatText(result, opts) {
    const { report } = result;
    let out = '';
    for (const f of report.findings) {
        const where = paint(opts.color, COLORS.bold, `${f.file}:${f.line}:${f.column}`);
        out += `${where}: ${paint(opts.color, COLORS[f.severity], f.severity)}: ${visible(f.message)} ${paint(opts.color, COLORS.dim, `[${f.rule}]`)}\n`;
        out += excerpt(f, opts.source(f.file), opts.color);
    }
    if (report.findings.length)
        out += '\n';
    if (report.apps.length === 0)
        out += 'No Cloud 66 deployment files (Procfile, .cloud66/manifest.yml, .cloud66/deploy_hooks.yml) found.\n';
    report.apps.forEach((app, i) => {
        const label = app.root === '.' ? '' : ` (${app.root})`;
        if (app.webServer) {
            const w = app.webServer;
            out += `Web server${label}: ${w.server}${w.version ? ' ' + w.version : ''} from custom_web in ${w.file}:${w.line}\n`;
            out += `  ${predictionLine(w.prediction)}\n`;
            const plan = result.analyses[i]?.restart;
            if (plan) {
                const g = restartGuidance(plan);
                out += `Restart on deploy${label}: ${plan.effect.effect}\n`;
                for (const line of [g.sends, g.does, `Requests: ${g.requests}`, `Zero downtime: ${g.zeroDowntime}`, `Environment variables: ${g.environment}`, ...g.notes])
                    out += `  ${visible(line)}\n`;
            }
        }
        else {
            out += `Web server${label}: Passenger (no custom_web entry)\n`;
        }
        const t = app.transition;
        if (t && t.from !== t.to)
            out += `Web server change since the base${label}: ${t.from} → ${t.to}${t.passengerImmutable ? ' (to or from Passenger: per Cloud 66\'s docs not applied to an app after its initial build)' : ' (applied on redeploy)'}\n`;
    });
    const s = report.summary;
    out += `${plural(s.errors, 'error')}, ${plural(s.warnings, 'warning')}, ${plural(s.notices, 'notice')}\n`;
    return out;
}

;// CONCATENATED MODULE: ./src/cli/args.ts
class args_UsageError extends (/* unused pure expression or super */ null && (Error)) {
}
const args_USAGE = (/* unused pure expression or super */ null && (`Usage: rack-check [DIR] [options]

Checks a Ruby/Rack app's Cloud 66 deployment setup (Procfile, .cloud66/, server configs,
Gemfile.lock) and predicts what the custom_web server will do.

Options:
  --format text|json|github|sarif   output format (default: text)
  --base REF                        git ref to compare with (Passenger transition checks)
  --fail-on error|warning|notice|never
                                    exit 1 when a finding is at or above this level (default: error)
  --process-manager systemd|bluepill
                                    Cloud 66 process manager (default: systemd)
  --environment NAME                manifest environment and RACK_ENV (default: production)
  --no-color                        no colours in text output
  -h, --help                        show this help
  -V, --version                     show the version

Exit status: 0 nothing at or above --fail-on, 1 findings at or above it, 2 usage error or failure.
`));
const CHOICES = {
    format: ['text', 'json', 'github', 'sarif'],
    'fail-on': ['error', 'warning', 'notice', 'never'],
    'process-manager': ['systemd', 'bluepill']
};
function args_parseArgs(argv) {
    const o = { dir: '.', format: 'text', base: null, failOn: 'error', processManager: 'systemd', environment: 'production', color: null, help: false, version: false };
    let dirSet = false;
    for (let i = 0; i < argv.length; i++) {
        const a = argv[i];
        const eq = a.startsWith('--') ? a.indexOf('=') : -1;
        const name = eq > 0 ? a.slice(0, eq) : a;
        const value = () => {
            if (eq > 0)
                return a.slice(eq + 1);
            const v = argv[++i];
            if (v === undefined)
                throw new args_UsageError(`${name} needs a value`);
            return v;
        };
        const choice = (key) => {
            const v = value();
            if (!CHOICES[key].includes(v))
                throw new args_UsageError(`--${key} must be one of ${CHOICES[key].join(', ')}, not "${v}"`);
            return v;
        };
        switch (name) {
            case '--format':
                o.format = choice('format');
                break;
            case '--fail-on':
                o.failOn = choice('fail-on');
                break;
            case '--process-manager':
                o.processManager = choice('process-manager');
                break;
            case '--environment': {
                const v = value();
                if (!/^[A-Za-z0-9_.-]+$/.test(v))
                    throw new args_UsageError(`--environment must be a plain name, not "${v}"`);
                o.environment = v;
                break;
            }
            case '--base':
                o.base = value();
                if (o.base === '' || o.base.startsWith('-'))
                    throw new args_UsageError('--base needs a git ref');
                break;
            case '--no-color':
                o.color = false;
                break;
            case '--color':
                o.color = true;
                break;
            case '-h':
            case '--help':
                o.help = true;
                break;
            case '-V':
            case '--version':
                o.version = true;
                break;
            default:
                if (a.startsWith('-') && a !== '-')
                    throw new args_UsageError(`unknown option ${a}`);
                if (dirSet)
                    throw new args_UsageError(`only one folder may be checked (got "${o.dir}" and "${a}")`);
                o.dir = a;
                dirSet = true;
        }
    }
    return o;
}

;// CONCATENATED MODULE: ./src/cli/main.ts










function exitCode(result, failOn) {
    if (failOn === 'never')
        return 0;
    const min = SEVERITY_RANK[failOn];
    return result.report.findings.some((f) => SEVERITY_RANK[f.severity] >= min) ? 1 : 0;
}
/** The command line: returns the exit status (contract §1). */
async function run(argv, io) {
    let opts;
    try {
        opts = parseArgs(argv);
    }
    catch (e) {
        if (e instanceof UsageError) {
            io.stderr(`rack-check: ${e.message}\n\n${USAGE}`);
            return 2;
        }
        throw e;
    }
    if (opts.help) {
        io.stdout(USAGE);
        return 0;
    }
    if (opts.version) {
        io.stdout(`rack-check ${TOOL_VERSION}\n`);
        return 0;
    }
    try {
        let isDir = false;
        try {
            isDir = statSync(opts.dir).isDirectory();
        }
        catch {
            isDir = false;
        }
        if (!isDir) {
            io.stderr(`rack-check: ${opts.dir} is not a folder\n`);
            return 2;
        }
        const options = { environment: opts.environment, processManager: opts.processManager };
        let base = null;
        if (opts.base !== null) {
            let snapshot;
            try {
                snapshot = snapshotBase(opts.dir, opts.base);
            }
            catch (e) {
                if (!(e instanceof BaseError))
                    throw e;
                io.stderr(`rack-check: --base: ${e.message}\n`);
                return 2;
            }
            base = await checkSnapshot(snapshot, options);
        }
        const result = await checkDirectory(opts.dir, { ...options, base });
        const color = opts.color ?? (io.isTTY && !io.env.NO_COLOR && io.env.TERM !== 'dumb');
        switch (opts.format) {
            case 'json':
                io.stdout(formatJson(result.report));
                break;
            case 'github':
                io.stdout(formatGithub(result.report.findings));
                break;
            case 'sarif':
                io.stdout(formatSarif(result.report));
                break;
            default: {
                // the excerpt under each finding, read as safely as the engine reads
                const ws = new Workspace(opts.dir);
                const source = (p) => {
                    const r = ws.read(p);
                    return r.ok ? r.file.text : undefined;
                };
                io.stdout(formatText(result, { color, source }));
            }
        }
        return exitCode(result, opts.failOn);
    }
    catch (e) {
        const err = e;
        io.stderr(`rack-check: internal error: ${err.message}\n`);
        if (io.env.RACK_CHECK_DEBUG === '1')
            io.stderr(`${err.stack ?? ''}\n`);
        else
            io.stderr('Run again with RACK_CHECK_DEBUG=1 for details, and please report it.\n');
        return 2;
    }
}

;// CONCATENATED MODULE: ./src/reporters/json.ts
function json_formatJson(report) {
    return JSON.stringify(report, null, 2) + '\n';
}

;// CONCATENATED MODULE: ./src/reporters/annotations.ts
const PER_SEVERITY = 10;
const PER_JOB = 50;
function chooseAnnotations(findings, perSeverity = PER_SEVERITY, perJob = PER_JOB) {
    const shown = [];
    const hidden = { error: 0, warning: 0, notice: 0 };
    for (const severity of ['error', 'warning', 'notice']) {
        const all = findings.filter((f) => f.severity === severity);
        // round-robin over rules: the k-th finding of each rule before the (k+1)-th of any
        const rank = new Map();
        const seen = new Map();
        for (const f of all) {
            const k = seen.get(f.rule) ?? 0;
            rank.set(f, k);
            seen.set(f.rule, k + 1);
        }
        const ordered = [...all].sort((a, b) => rank.get(a) - rank.get(b));
        const room = Math.max(0, Math.min(perSeverity, perJob - shown.length));
        shown.push(...ordered.slice(0, room));
        hidden[severity] = Math.max(0, all.length - room);
    }
    return { shown, hidden };
}
function hiddenCount(c) {
    return c.hidden.error + c.hidden.warning + c.hidden.notice;
}

;// CONCATENATED MODULE: ./src/reporters/markdown.ts
/**
 * Text from the checked repository (paths, values, anything a message quotes) is untrusted in a
 * pull-request comment or job summary: it must not mention anyone, open HTML, start a link, a
 * table row or a code fence. `inline` turns one message into safe single-line Markdown.
 */
const ZWSP = '\u200b';
function oneLine(text) {
    // eslint-disable-next-line no-control-regex
    return text.replace(/[\r\n\u2028\u2029]+/g, ' ').replace(/[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/g, '');
}
/** Plain text: every character that Markdown or HTML would act on is escaped or broken. */
function plain(text) {
    return (text
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        // Markdown punctuation that could build links, images, emphasis, tables, code or escapes
        .replace(/[\\[\]()!*_~|#`]/g, (c) => `\\${c}`)
        // no @mention
        .replace(/@/g, `@${ZWSP}`)
        // no autolinks: break the scheme
        .replace(/:\/\//g, `:/${ZWSP}/`)
        .replace(/\bwww\./gi, (w) => `${w.slice(0, 3)}${ZWSP}.`));
}
/**
 * Safe Markdown for one line of untrusted text (table cells included). Code spans (`…`) are kept
 * as code, where Markdown makes nothing of mentions, links or HTML, so that a flag quoted in a
 * message can be copied as it is; only `|`, which would split a table cell, is escaped there.
 * An unpaired backtick is escaped, so repository text cannot open a span (or a fence).
 */
function inline(text) {
    const parts = oneLine(text).split('`');
    // an even number of parts means an odd number of backticks: the last one opens nothing
    const open = parts.length % 2 === 0 ? parts.pop() : null;
    let out = parts.map((p, i) => (i % 2 === 0 ? plain(p) : p === '' || /^\s+$/.test(p) ? '\\`\\`' : '`' + p.replace(/\|/g, '\\|') + '`')).join('');
    if (open !== null)
        out += '\\`' + plain(open);
    return out;
}
/** A URL path segment for a file in the repository (every segment encoded). */
function pathUrl(path) {
    return path.split('/').map(encodeURIComponent).join('/');
}

;// CONCATENATED MODULE: ./src/reporters/comment.ts


/** GitHub refuses comment bodies over 65,536 characters; keep a margin for the edit. */
const MAX_BODY = 65_000;
const DOCS = 'https://github.com/c66/rack-check/blob/v1/';
const ICON = { error: '❌', warning: '⚠️', notice: 'ℹ️' };
/** The hidden marker that finds the comment again: one comment per pull request and folder. */
function commentMarker(workingDirectory) {
    // the folder is part of an HTML comment: keep it from closing the comment early
    return `<!-- rack-check:sticky-comment working-directory=${JSON.stringify(workingDirectory || '.').replace(/--/g, '-\\u002d')} -->`;
}
function comment_plural(n, word) {
    return `${n} ${word}${n === 1 ? '' : 's'}`;
}
function comment_verdict(result) {
    const s = result.report.summary;
    if (result.report.apps.length === 0)
        return '✅ **No Cloud 66 deployment files** (Procfile, `.cloud66/`) in this folder.';
    if (s.errors + s.warnings + s.notices === 0)
        return '✅ **No problems** in the Cloud 66 deployment setup.';
    const parts = [s.errors && comment_plural(s.errors, 'error'), s.warnings && comment_plural(s.warnings, 'warning'), s.notices && comment_plural(s.notices, 'notice')].filter(Boolean);
    return `${s.errors ? '❌' : s.warnings ? '⚠️' : 'ℹ️'} **${parts.join(', ')}** in the Cloud 66 deployment setup.`;
}
function findingRow(f, ctx) {
    const path = ctx.workingDirectory ? `${ctx.workingDirectory}/${f.file}` : f.file;
    const lines = f.endLine > f.line ? `#L${f.line}-L${f.endLine}` : `#L${f.line}`;
    const where = `[${inline(`${f.file}:${f.line}`)}](${ctx.serverUrl}/${ctx.repository}/blob/${ctx.sha}/${pathUrl(path)}${lines})`;
    const message = inline(f.message.length > 1000 ? f.message.slice(0, 1000) + '…' : f.message);
    return `| ${ICON[f.severity]} ${f.severity} | ${message} [\`${f.rule}\`](${DOCS}${f.docs}) | ${where} |`;
}
function restartSection(result) {
    let out = '';
    result.analyses.forEach((a, i) => {
        const plan = a.restart;
        const app = result.report.apps[i];
        if (!plan || !app?.webServer)
            return;
        const g = guidance_restartGuidance(plan);
        const label = app.root === '.' ? '' : ` (${inline(app.root)})`;
        const w = app.webServer;
        out += `### Restart on deploy${label}: \`${plan.effect.effect}\`\n\n`;
        out += `${inline(`${w.server}${w.version ? ' ' + w.version : ''}`)} from \`custom_web\` in ${inline(`${w.file}:${w.line}`)}.\n\n`;
        out += `- **What Cloud 66 sends:** ${inline(g.sends)}\n`;
        out += `- **What the server does:** ${inline(g.does)}\n`;
        out += `- **Requests:** ${inline(g.requests)}\n`;
        out += `- **Zero downtime:** ${inline(g.zeroDowntime)}\n`;
        out += `- **Environment variables:** ${inline(g.environment)}\n`;
        for (const n of g.notes)
            out += `- ${inline(n)}\n`;
        out += '\n';
    });
    return out;
}
function passengerSection(result) {
    let out = '';
    result.analyses.forEach((a, i) => {
        const change = a.change;
        if (!change || change.direction === 'none')
            return;
        const root = result.report.apps[i]?.root ?? '.';
        out += `### ${change.direction === 'to-custom' ? 'Switching from Passenger' : 'Switching to Passenger'}${root === '.' ? '' : ` (${inline(root)})`}\n\n`;
        out += passengerText(change.direction, change.transition.from, change.transition.to);
    });
    return out;
}
/** What will and will not happen on the existing app, and how to apply the switch (cloud66.md §8). */
function passengerText(direction, from, to) {
    const now = direction === 'to-custom' ? `Passenger serves this app today; this change asks for ${inline(to)} (\`custom_web\`).` : `${inline(from)} serves this app today (\`custom_web\`); this change removes \`custom_web\`, which means Passenger.`;
    return (`${now}\n\n` +
        '- **Per Cloud 66\'s docs, a change to or from Passenger is not applied after an app\'s initial build:** an existing app keeps its current server when this is deployed. Switching among Puma, Unicorn and Thin is applied on redeploy.\n' +
        '- **A new app built from this branch** gets the new server (set `custom_web` before the app is first analyzed, as the [Heroku migration guide](https://help.cloud66.com/docs/getting-started/migrate-from-heroku) says).\n' +
        '- **On the existing app**, the documented route is to scale up a new server and scale down the old one (the Passenger Enterprise page describes this).\n' +
        '- Cloud 66\'s 2025 server pages no longer repeat this caveat; whether the platform changed is not confirmed, so treat the switch as not applied until you have seen it work.\n\n');
}
function details(result) {
    let rows = '';
    for (const app of result.report.apps) {
        const w = app.webServer;
        const yn = (v) => (v === null ? 'unknown' : v ? 'yes' : 'no');
        const label = app.root === '.' ? '' : ` ${inline(app.root)}`;
        if (!w) {
            rows += `| web server${label} | Passenger (no \`custom_web\`) |\n`;
            continue;
        }
        rows += `| web server${label} | ${inline(`${w.server}${w.version ? ' ' + w.version : ''}`)} |\n`;
        rows += `| boots | ${yn(w.prediction.boots)} |\n| serves \`/tmp/web_server.sock\` | ${yn(w.prediction.servesSocket)} |\n| writes \`/tmp/web_server.pid\` | ${yn(w.prediction.writesPidFile)} |\n| daemonizes | ${yn(w.prediction.daemonizes)} |\n`;
        rows += `| other TCP ports | ${w.prediction.tcpPorts === null ? 'unknown' : w.prediction.tcpPorts.join(', ') || 'none'} |\n`;
        const files = [app.files.procfile, app.files.manifest, app.files.deployHooks, ...app.files.serverConfig, app.files.lockfile].filter((f) => !!f);
        if (files.length)
            rows += `| files read | ${files.map((f) => inline(f)).join(', ')} |\n`;
    }
    if (!rows)
        return '';
    return `<details><summary>What rack-check predicts</summary>\n\n| | |\n| --- | --- |\n${rows}\n</details>\n`;
}
/** The comment body (and the job summary): never over MAX_BODY characters. */
function renderComment(result, ctx) {
    const head = `${commentMarker(ctx.workingDirectory)}\n## rack-check${ctx.workingDirectory ? ` — ${inline(ctx.workingDirectory)}` : ''}\n\n${comment_verdict(result)}\n\n`;
    const findings = result.report.findings;
    const hidden = ctx.hiddenAnnotations ? `> ${comment_plural(ctx.hiddenAnnotations, 'finding')} ${ctx.hiddenAnnotations === 1 ? 'is' : 'are'} not annotated on the diff (GitHub shows at most 10 per severity in a step); all are listed here.\n\n` : '';
    const tail = passengerSection(result) + restartSection(result) + details(result) + `\n<sub>rack-check ${inline(result.report.tool.version)} · [rules](${DOCS}docs/rules/README.md)</sub>\n`;
    const table = (rows, more) => rows.length === 0 && more === 0 ? '' : `| | Finding | Where |\n| --- | --- | --- |\n${rows.join('\n')}\n${more ? `| | … and ${comment_plural(more, 'more finding')}: see the job summary or the JSON report | |\n` : ''}\n`;
    const rows = findings.map((f) => findingRow(f, ctx));
    let body = head + hidden + table(rows, 0) + tail;
    if (body.length <= MAX_BODY)
        return body;
    // too long: keep the first rows that fit beside the rest (the "… and N more" row included)
    const fixed = (head + hidden + table([], rows.length) + tail).length + 200;
    let used = 0;
    let keep = 0;
    while (keep < rows.length && fixed + used + rows[keep].length + 1 <= MAX_BODY)
        used += rows[keep++].length + 1;
    body = head + hidden + table(rows.slice(0, keep), rows.length - keep) + tail;
    return body.length <= MAX_BODY ? body : body.slice(0, MAX_BODY - 40) + '\n\n… (cut to fit GitHub\'s limit)\n';
}

;// CONCATENATED MODULE: ./src/action/comment.ts
/**
 * The sticky pull-request comment: found again by its hidden marker among the comments written by
 * the token's own identity, edited in place, created only when the `comment` policy says so, and
 * never duplicated — after creating one, the comments are listed again and the newer duplicates
 * (from a run at the same time) are removed. The API is an interface so that this logic does not
 * depend on octokit; github.ts implements it.
 */
/**
 * `create`: whether a new comment may be created (an existing one is always kept current, so a
 * pull request that becomes clean says so instead of keeping stale findings).
 */
async function upsertComment(api, marker, login, body, create) {
    const mine = (all) => all.filter((c) => c.login === login && c.body.includes(marker)).sort((a, b) => a.id - b.id);
    const existing = mine(await api.list());
    if (existing.length) {
        const [keep, ...extra] = existing;
        for (const c of extra)
            await api.remove(c.id);
        if (keep.body === body)
            return { action: 'unchanged', url: keep.url };
        return { action: 'updated', url: (await api.update(keep.id, body)).url };
    }
    if (!create)
        return { action: 'skipped', url: '' };
    const created = await api.create(body);
    // another run may have created one at the same time: keep the oldest, remove the rest
    const after = mine(await api.list());
    if (after.length > 1) {
        const [keep, ...extra] = after;
        for (const c of extra)
            await api.remove(c.id);
        if (keep.id !== created.id)
            return { action: keep.body === body ? 'unchanged' : 'updated', url: keep.body === body ? keep.url : (await api.update(keep.id, body)).url };
    }
    return { action: 'created', url: created.url };
}
/** Files whose change makes `comment: changed` comment even without findings (contract §3). */
function touchesDeployment(files, prefix, serverConfig) {
    const inApp = (p) => (prefix === '' ? p : p.startsWith(prefix + '/') ? p.slice(prefix.length + 1) : null);
    const configs = new Set(serverConfig.map((c) => (prefix && c.startsWith(prefix + '/') ? c.slice(prefix.length + 1) : c)));
    return files.some(({ path, patch }) => {
        const p = inApp(path);
        if (p === null)
            return false;
        if (/^Procfile(_[^/]+)?$/.test(p) || p.startsWith('.cloud66/') || configs.has(p))
            return true;
        if (/^config\/(puma(\/[^/]+)?\.rb|unicorn\.rb|thin\.ya?ml)$/.test(p))
            return true;
        // Gemfile.lock: only when a server gem's line changes
        if (p === 'Gemfile.lock' || p === 'gems.locked')
            return patch === undefined || /^[+-] {4}(puma|unicorn|thin|passenger|rack|railties) \(/m.test(patch);
        return false;
    });
}

;// CONCATENATED MODULE: ./src/action/event.ts
/**
 * The parts of the workflow event the action uses, read from `GITHUB_EVENT_PATH` (the payload
 * file the runner writes). Anything missing or malformed reads as "not a pull request".
 */

function readEvent(env) {
    const name = env.GITHUB_EVENT_NAME ?? '';
    let payload = null;
    try {
        if (env.GITHUB_EVENT_PATH)
            payload = JSON.parse((0,external_node_fs_namespaceObject.readFileSync)(env.GITHUB_EVENT_PATH, 'utf8'));
    }
    catch {
        payload = null;
    }
    const pr = payload?.pull_request;
    if (!pr || (name !== 'pull_request' && name !== 'pull_request_target'))
        return { name, pullRequest: null };
    const sha = (side) => (typeof side?.sha === 'string' ? side.sha : '');
    const repoOf = (side) => String(side?.repo?.full_name ?? '');
    const number = Number(pr.number);
    const baseSha = sha(pr.base);
    const headSha = sha(pr.head);
    if (!Number.isInteger(number) || !/^[0-9a-f]{40}$/.test(baseSha) || !/^[0-9a-f]{40}$/.test(headSha))
        return { name, pullRequest: null };
    return { name, pullRequest: { number, baseSha, headSha, fromFork: repoOf(pr.head) !== '' && repoOf(pr.head) !== repoOf(pr.base) } };
}

;// CONCATENATED MODULE: ./src/action/github.ts
/** An HTTP status from an octokit error, if it has one. */
function statusOf(e) {
    const s = e?.status;
    return typeof s === 'number' ? s : null;
}
async function connect(token, target, log) {
    const [{ getOctokit }, { retry }, { throttling }] = await Promise.all([__nccwpck_require__.e(/* import() */ 758).then(__nccwpck_require__.bind(__nccwpck_require__, 1758)), Promise.all(/* import() */[__nccwpck_require__.e(251), __nccwpck_require__.e(735)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9735)), Promise.all(/* import() */[__nccwpck_require__.e(251), __nccwpck_require__.e(856)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6856))]);
    const octokit = getOctokit(token, {
        baseUrl: process.env.GITHUB_API_URL || 'https://api.github.com',
        retry: { doNotRetry: [400, 401, 403, 404, 410, 422, 451] },
        throttle: {
            onRateLimit: (after, _o, _k, count) => {
                log.info(`rack-check: GitHub rate limit reached; ${count < 2 ? `retrying in ${after} s` : 'giving up'}`);
                return count < 2;
            },
            onSecondaryRateLimit: (after, _o, _k, count) => {
                log.info(`rack-check: GitHub secondary rate limit; ${count < 1 ? `retrying in ${after} s` : 'giving up'}`);
                return count < 1;
            }
        }
    }, retry, throttling);
    const where = { owner: target.owner, repo: target.repo };
    const toComment = (c) => ({ id: c.id, body: c.body ?? '', login: c.user?.login ?? '', url: c.html_url });
    return {
        async login() {
            try {
                return (await octokit.rest.users.getAuthenticated()).data.login;
            }
            catch {
                // installation tokens (GITHUB_TOKEN) cannot read /user; their comments are github-actions[bot]'s
                return 'github-actions[bot]';
            }
        },
        async list() {
            const all = await octokit.paginate(octokit.rest.issues.listComments, { ...where, issue_number: target.number, per_page: 100 });
            return all.map(toComment);
        },
        async create(body) {
            return toComment((await octokit.rest.issues.createComment({ ...where, issue_number: target.number, body })).data);
        },
        async update(id, body) {
            return toComment((await octokit.rest.issues.updateComment({ ...where, comment_id: id, body })).data);
        },
        async remove(id) {
            try {
                await octokit.rest.issues.deleteComment({ ...where, comment_id: id });
            }
            catch (e) {
                // a run at the same time removed it first
                if (statusOf(e) !== 404)
                    throw e;
            }
        },
        async filesAt(sha, prefix, wanted, maxBytes) {
            const tree = (await octokit.rest.git.getTree({ ...where, tree_sha: sha, recursive: 'true' })).data;
            if (tree.truncated)
                return null;
            const out = [];
            for (const entry of tree.tree) {
                // blobs only: no links (mode 120000), no submodules
                if (entry.type !== 'blob' || entry.mode === '120000' || !entry.path)
                    continue;
                if (prefix && !entry.path.startsWith(prefix + '/'))
                    continue;
                const path = prefix ? entry.path.slice(prefix.length + 1) : entry.path;
                if (!wanted(path) || (entry.size ?? 0) > maxBytes)
                    continue;
                const file = (await octokit.rest.repos.getContent({ ...where, path: entry.path, ref: sha })).data;
                if (Array.isArray(file) || file.type !== 'file' || !('content' in file))
                    continue;
                out.push({ path, content: Buffer.from(file.content, 'base64') });
            }
            return out;
        },
        async files() {
            const all = await octokit.paginate(octokit.rest.pulls.listFiles, { ...where, pull_number: target.number, per_page: 100 });
            return all.map((f) => ({ path: f.filename, patch: f.patch }));
        }
    };
}

;// CONCATENATED MODULE: ./src/action/inputs.ts
class InputError extends Error {
}
/** Reads and validates the inputs of contract §3; `get` is `core.getInput`. */
function readInputs(get) {
    const choice = (name, allowed, dflt) => {
        const v = get(name).trim() || dflt;
        if (!allowed.includes(v))
            throw new InputError(`input ${name} must be one of ${allowed.join(', ')}, not "${v}"`);
        return v;
    };
    const annotate = (get('annotate').trim() || 'true').toLowerCase();
    if (!['true', 'false'].includes(annotate))
        throw new InputError(`input annotate must be true or false, not "${annotate}"`);
    const environment = get('environment').trim() || 'production';
    if (!/^[A-Za-z0-9_.-]+$/.test(environment))
        throw new InputError(`input environment must be a plain name, not "${environment}"`);
    return {
        token: get('github-token'),
        workingDirectory: get('working-directory').trim() || '.',
        comment: choice('comment', ['changed', 'always', 'never'], 'changed'),
        failOn: choice('fail-on', ['error', 'warning', 'notice', 'never'], 'error'),
        processManager: choice('process-manager', ['systemd', 'bluepill'], 'systemd'),
        environment,
        annotate: annotate === 'true'
    };
}

;// CONCATENATED MODULE: ./src/action/main.ts
















/** The action (contract §3). Never throws: failures become `setFailed` with a clear message. */
async function main_run() {
    silenceWasiWarning();
    try {
        const inputs = readInputs((n) => getInput(n));
        if (inputs.token)
            setSecret(inputs.token);
        const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
        const dir = (0,external_node_path_namespaceObject.resolve)(workspace, inputs.workingDirectory);
        const inside = (0,external_node_path_namespaceObject.relative)((0,external_node_fs_namespaceObject.realpathSync)(workspace), realpathOr(dir));
        if (inside.startsWith('..') || (0,external_node_path_namespaceObject.isAbsolute)(inside))
            throw new InputError(`working-directory "${inputs.workingDirectory}" is outside the workspace`);
        if (!isDirectory(dir))
            throw new InputError(`working-directory "${inputs.workingDirectory}" is not a folder`);
        const options = { environment: inputs.environment, processManager: inputs.processManager };
        const event = readEvent(process.env);
        const prefix = inside === '' ? '' : inside.split('\\').join('/');
        const [owner, repo] = (process.env.GITHUB_REPOSITORY ?? '').split('/');
        // the API client is made once, and only when something needs it (octokit is loaded then)
        let client = null;
        const api = event.pullRequest && owner && repo && inputs.token ? () => (client ??= connect(inputs.token, { owner, repo, number: event.pullRequest.number }, runner_namespaceObject)) : null;
        const base = event.pullRequest ? await baseReport(dir, prefix, event.pullRequest.baseSha, options, api) : null;
        const result = await check_checkDirectory(dir, { ...options, base });
        const { report } = result;
        // GitHub shows at most 10 annotations of each severity per step: the most important ones
        const choice = chooseAnnotations(report.findings);
        if (inputs.annotate) {
            for (const f of choice.shown) {
                const props = { title: f.rule, file: annotationPath(prefix, f.file), startLine: f.line, endLine: f.endLine };
                if (f.line === f.endLine)
                    Object.assign(props, { startColumn: f.column, endColumn: f.endColumn });
                const send = f.severity === 'error' ? error : f.severity === 'warning' ? warning : notice;
                send(f.message, props);
            }
        }
        // with annotate: false nothing is annotated on purpose, and there is nothing to explain
        const hidden = inputs.annotate ? hiddenCount(choice) : 0;
        const markdown = renderComment(result, {
            repository: process.env.GITHUB_REPOSITORY ?? '',
            sha: event.pullRequest?.headSha ?? process.env.GITHUB_SHA ?? 'HEAD',
            serverUrl: process.env.GITHUB_SERVER_URL || 'https://github.com',
            workingDirectory: prefix,
            hiddenAnnotations: hidden
        });
        if (process.env.GITHUB_STEP_SUMMARY) {
            try {
                await summary.addRaw(markdown).write();
            }
            catch (e) {
                warning(`rack-check could not write the job summary: ${e.message}`);
            }
        }
        const tmp = process.env.RUNNER_TEMP || (0,external_node_path_namespaceObject.join)(workspace, '.rack-check');
        (0,external_node_fs_namespaceObject.mkdirSync)(tmp, { recursive: true });
        const reportPath = (0,external_node_path_namespaceObject.join)(tmp, 'rack-check-report.json');
        (0,external_node_fs_namespaceObject.writeFileSync)(reportPath, json_formatJson(report));
        const app = report.apps[0];
        setOutput('errors', String(report.summary.errors));
        setOutput('warnings', String(report.summary.warnings));
        setOutput('notices', String(report.summary.notices));
        setOutput('server', app ? (app.webServer?.server ?? 'passenger') : '');
        setOutput('restart-signal', app?.restart?.signal ?? '');
        setOutput('passenger-transition', result.analyses[0]?.change?.direction ?? 'none');
        setOutput('report', reportPath);
        setOutput('comment-url', await postComment(inputs, event, markdown, prefix, report, api));
        const s = report.summary;
        info(`rack-check: ${s.errors} error(s), ${s.warnings} warning(s), ${s.notices} notice(s); report: ${reportPath}`);
        if (exitCode(result, inputs.failOn) !== 0)
            setFailed(`rack-check found problems at or above fail-on: ${inputs.failOn}`);
    }
    catch (e) {
        setFailed(e instanceof InputError ? e.message : `rack-check failed: ${e.message}`);
    }
}
/** What to do when the token cannot write (pull requests from forks, Dependabot). */
const READ_ONLY_HELP = 'The token is read-only here (pull requests from forks and Dependabot get a read-only GITHUB_TOKEN), so rack-check cannot comment; the annotations and the job summary are still there. To comment on such pull requests, run rack-check from a pull_request_target workflow that checks out the head without running it, or upload the report as an artifact and post it from a workflow_run workflow (see the rack-check README, "Pull requests from forks").';
/** Creates or edits the one comment; returns its URL ('' when there is none). Never throws. */
async function postComment(inputs, event, body, prefix, report, connectApi) {
    const pr = event.pullRequest;
    if (inputs.comment === 'never' || !pr)
        return '';
    if (!connectApi) {
        notice('rack-check: no repository or token, so no pull-request comment; the job summary has the report.');
        return '';
    }
    if (pr.fromFork && event.name === 'pull_request') {
        notice(`rack-check: ${READ_ONLY_HELP}`);
        return '';
    }
    try {
        const api = await connectApi();
        const serverConfig = report.apps.flatMap((a) => a.files.serverConfig);
        const create = inputs.comment === 'always' || report.findings.length > 0 || touchesDeployment(await api.files(), prefix, serverConfig);
        const outcome = await upsertComment(api, commentMarker(prefix), await api.login(), body, create);
        info(`rack-check: pull-request comment ${outcome.action}${outcome.url ? `: ${outcome.url}` : ' (the pull request does not touch deployment files and has no findings)'}`);
        return outcome.url;
    }
    catch (e) {
        const status = statusOf(e);
        if (status === 403)
            warning(`rack-check: ${READ_ONLY_HELP} (GitHub answered 403: ${e.message})`);
        else
            warning(`rack-check could not update the pull-request comment (${status ? `HTTP ${status}: ` : ''}${e.message}); the annotations and the job summary have the report.`);
        return '';
    }
}
/**
 * The base commit's report: its deployment files read through the GitHub API at the base sha,
 * else from the local git history (which a shallow checkout lacks); null with a notice when
 * neither works.
 */
async function baseReport(dir, prefix, sha, options, api) {
    let snapshot = null;
    let apiProblem = 'no token';
    if (api) {
        try {
            const files = await (await api()).filesAt(sha, prefix, wanted, MAX_FILE_BYTES);
            if (files)
                snapshot = writeSnapshot(files);
            else
                apiProblem = 'the repository tree is too large for one API answer';
        }
        catch (e) {
            apiProblem = `the API answered ${statusOf(e) ?? e.message}`;
        }
    }
    if (!snapshot) {
        try {
            snapshot = base_snapshotBase(dir, sha);
        }
        catch (e) {
            if (!(e instanceof base_BaseError))
                throw e;
            notice(`rack-check could not read the base commit ${sha.slice(0, 12)} (${apiProblem}; git: ${e.message}); the switch to or from Passenger is not checked.`);
            return null;
        }
    }
    return base_checkSnapshot(snapshot, options);
}
function realpathOr(p) {
    try {
        return (0,external_node_fs_namespaceObject.realpathSync)(p);
    }
    catch {
        return p;
    }
}
function isDirectory(p) {
    try {
        return (0,external_node_fs_namespaceObject.statSync)(p).isDirectory();
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ./src/index.ts

/* The action's entry point: nothing but run(). */
void main_run();

