/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// fedmq: 64-bit integers decode to numbers (see proto/generate.mjs).
$protobuf.util.Long = undefined;
$protobuf.configure();

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError;

// Exported root namespace
const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const fedmq = $root.fedmq = (() => {

    /**
     * Namespace fedmq.
     * @exports fedmq
     * @namespace
     */
    const fedmq = {};

    fedmq.v1 = (function() {

        /**
         * Namespace v1.
         * @memberof fedmq
         * @namespace
         */
        const v1 = {};

        /**
         * KvOp enum.
         * @name fedmq.v1.KvOp
         * @enum {number}
         * @property {number} KV_OP_UNSPECIFIED=0 KV_OP_UNSPECIFIED value
         * @property {number} KV_OP_PUT=1 KV_OP_PUT value
         * @property {number} KV_OP_DELETE=2 KV_OP_DELETE value
         */
        v1.KvOp = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "KV_OP_UNSPECIFIED"] = 0;
            values[valuesById[1] = "KV_OP_PUT"] = 1;
            values[valuesById[2] = "KV_OP_DELETE"] = 2;
            return values;
        })();

        v1.KvCommand = (function() {

            /**
             * Properties of a KvCommand.
             * @typedef {Object} fedmq.v1.KvCommand.$Properties
             * @property {fedmq.v1.KvOp|null} [op] KvCommand op
             * @property {string|null} [key] KvCommand key
             * @property {Uint8Array|null} [value] KvCommand value
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a KvCommand.
             * @memberof fedmq.v1
             * @interface IKvCommand
             * @augments fedmq.v1.KvCommand.$Properties
             * @deprecated Use fedmq.v1.KvCommand.$Properties instead.
             */

            /**
             * Shape of a KvCommand.
             * @typedef {fedmq.v1.KvCommand.$Properties} fedmq.v1.KvCommand.$Shape
             */

            /**
             * Constructs a new KvCommand.
             * @memberof fedmq.v1
             * @classdesc Represents a KvCommand.
             * @constructor
             * @param {fedmq.v1.KvCommand.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const KvCommand = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * KvCommand op.
             * @member {fedmq.v1.KvOp} op
             * @memberof fedmq.v1.KvCommand
             * @instance
             */
            KvCommand.prototype.op = 0;

            /**
             * KvCommand key.
             * @member {string} key
             * @memberof fedmq.v1.KvCommand
             * @instance
             */
            KvCommand.prototype.key = "";

            /**
             * KvCommand value.
             * @member {Uint8Array} value
             * @memberof fedmq.v1.KvCommand
             * @instance
             */
            KvCommand.prototype.value = $util.newBuffer([]);

            /**
             * Creates a new KvCommand instance using the specified properties.
             * @function create
             * @memberof fedmq.v1.KvCommand
             * @static
             * @param {fedmq.v1.KvCommand.$Properties=} [properties] Properties to set
             * @returns {fedmq.v1.KvCommand} KvCommand instance
             * @type {{
             *   (properties: fedmq.v1.KvCommand.$Shape): fedmq.v1.KvCommand & fedmq.v1.KvCommand.$Shape;
             *   (properties?: fedmq.v1.KvCommand.$Properties): fedmq.v1.KvCommand;
             * }}
             */
            KvCommand.create = function(properties) {
                return new KvCommand(properties);
            };

            /**
             * Encodes the specified KvCommand message. Does not implicitly {@link fedmq.v1.KvCommand.verify|verify} messages.
             * @function encode
             * @memberof fedmq.v1.KvCommand
             * @static
             * @param {fedmq.v1.KvCommand.$Properties} message KvCommand message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            KvCommand.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.op != null && $Object.hasOwnProperty.call(message, "op") && message.op !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.op);
                if (message.key != null && $Object.hasOwnProperty.call(message, "key") && message.key !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.key);
                if (message.value != null && $Object.hasOwnProperty.call(message, "value") && message.value.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.value);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a KvCommand message from the specified reader or buffer.
             * @function decode
             * @memberof fedmq.v1.KvCommand
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {fedmq.v1.KvCommand & fedmq.v1.KvCommand.$Shape} KvCommand
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            KvCommand.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.fedmq.v1.KvCommand();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.op = value;
                            else
                                delete message.op;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.key = value;
                            else
                                delete message.key;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.value = value;
                            else
                                delete message.value;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return KvCommand;
        })();

        /**
         * EntryType enum.
         * @name fedmq.v1.EntryType
         * @enum {number}
         * @property {number} ENTRY_NORMAL=0 ENTRY_NORMAL value
         * @property {number} ENTRY_CONF_CHANGE=1 ENTRY_CONF_CHANGE value
         */
        v1.EntryType = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "ENTRY_NORMAL"] = 0;
            values[valuesById[1] = "ENTRY_CONF_CHANGE"] = 1;
            return values;
        })();

        /**
         * ConfChangeType enum.
         * @name fedmq.v1.ConfChangeType
         * @enum {number}
         * @property {number} CONF_ADD_LEARNER=0 CONF_ADD_LEARNER value
         * @property {number} CONF_PROMOTE=1 CONF_PROMOTE value
         * @property {number} CONF_REMOVE=2 CONF_REMOVE value
         */
        v1.ConfChangeType = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "CONF_ADD_LEARNER"] = 0;
            values[valuesById[1] = "CONF_PROMOTE"] = 1;
            values[valuesById[2] = "CONF_REMOVE"] = 2;
            return values;
        })();

        v1.ConfChange = (function() {

            /**
             * Properties of a ConfChange.
             * @typedef {Object} fedmq.v1.ConfChange.$Properties
             * @property {fedmq.v1.ConfChangeType|null} [type] ConfChange type
             * @property {number|null} [nodeId] ConfChange nodeId
             * @property {string|null} [address] ConfChange address
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ConfChange.
             * @memberof fedmq.v1
             * @interface IConfChange
             * @augments fedmq.v1.ConfChange.$Properties
             * @deprecated Use fedmq.v1.ConfChange.$Properties instead.
             */

            /**
             * Shape of a ConfChange.
             * @typedef {fedmq.v1.ConfChange.$Properties} fedmq.v1.ConfChange.$Shape
             */

            /**
             * Constructs a new ConfChange.
             * @memberof fedmq.v1
             * @classdesc Represents a ConfChange.
             * @constructor
             * @param {fedmq.v1.ConfChange.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ConfChange = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ConfChange type.
             * @member {fedmq.v1.ConfChangeType} type
             * @memberof fedmq.v1.ConfChange
             * @instance
             */
            ConfChange.prototype.type = 0;

            /**
             * ConfChange nodeId.
             * @member {number} nodeId
             * @memberof fedmq.v1.ConfChange
             * @instance
             */
            ConfChange.prototype.nodeId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * ConfChange address.
             * @member {string} address
             * @memberof fedmq.v1.ConfChange
             * @instance
             */
            ConfChange.prototype.address = "";

            /**
             * Creates a new ConfChange instance using the specified properties.
             * @function create
             * @memberof fedmq.v1.ConfChange
             * @static
             * @param {fedmq.v1.ConfChange.$Properties=} [properties] Properties to set
             * @returns {fedmq.v1.ConfChange} ConfChange instance
             * @type {{
             *   (properties: fedmq.v1.ConfChange.$Shape): fedmq.v1.ConfChange & fedmq.v1.ConfChange.$Shape;
             *   (properties?: fedmq.v1.ConfChange.$Properties): fedmq.v1.ConfChange;
             * }}
             */
            ConfChange.create = function(properties) {
                return new ConfChange(properties);
            };

            /**
             * Encodes the specified ConfChange message. Does not implicitly {@link fedmq.v1.ConfChange.verify|verify} messages.
             * @function encode
             * @memberof fedmq.v1.ConfChange
             * @static
             * @param {fedmq.v1.ConfChange.$Properties} message ConfChange message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ConfChange.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.type);
                if (message.nodeId != null && $Object.hasOwnProperty.call(message, "nodeId") && (typeof message.nodeId === "object" ? message.nodeId.low || message.nodeId.high : message.nodeId !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.nodeId);
                if (message.address != null && $Object.hasOwnProperty.call(message, "address") && message.address !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.address);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ConfChange message from the specified reader or buffer.
             * @function decode
             * @memberof fedmq.v1.ConfChange
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {fedmq.v1.ConfChange & fedmq.v1.ConfChange.$Shape} ConfChange
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ConfChange.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.fedmq.v1.ConfChange();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.type = value;
                            else
                                delete message.type;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.nodeId = value;
                            else
                                delete message.nodeId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.address = value;
                            else
                                delete message.address;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return ConfChange;
        })();

        v1.Entry = (function() {

            /**
             * Properties of an Entry.
             * @typedef {Object} fedmq.v1.Entry.$Properties
             * @property {number|null} [term] Entry term
             * @property {number|null} [index] Entry index
             * @property {fedmq.v1.EntryType|null} [type] Entry type
             * @property {Uint8Array|null} [data] Entry data
             * @property {fedmq.v1.ConfChange.$Properties|null} [confChange] Entry confChange
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Entry.
             * @memberof fedmq.v1
             * @interface IEntry
             * @augments fedmq.v1.Entry.$Properties
             * @deprecated Use fedmq.v1.Entry.$Properties instead.
             */

            /**
             * Shape of an Entry.
             * @typedef {fedmq.v1.Entry.$Properties} fedmq.v1.Entry.$Shape
             */

            /**
             * Constructs a new Entry.
             * @memberof fedmq.v1
             * @classdesc Represents an Entry.
             * @constructor
             * @param {fedmq.v1.Entry.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Entry = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Entry term.
             * @member {number} term
             * @memberof fedmq.v1.Entry
             * @instance
             */
            Entry.prototype.term = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Entry index.
             * @member {number} index
             * @memberof fedmq.v1.Entry
             * @instance
             */
            Entry.prototype.index = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Entry type.
             * @member {fedmq.v1.EntryType} type
             * @memberof fedmq.v1.Entry
             * @instance
             */
            Entry.prototype.type = 0;

            /**
             * Entry data.
             * @member {Uint8Array} data
             * @memberof fedmq.v1.Entry
             * @instance
             */
            Entry.prototype.data = $util.newBuffer([]);

            /**
             * Entry confChange.
             * @member {fedmq.v1.ConfChange.$Properties|null|undefined} confChange
             * @memberof fedmq.v1.Entry
             * @instance
             */
            Entry.prototype.confChange = null;

            /**
             * Creates a new Entry instance using the specified properties.
             * @function create
             * @memberof fedmq.v1.Entry
             * @static
             * @param {fedmq.v1.Entry.$Properties=} [properties] Properties to set
             * @returns {fedmq.v1.Entry} Entry instance
             * @type {{
             *   (properties: fedmq.v1.Entry.$Shape): fedmq.v1.Entry & fedmq.v1.Entry.$Shape;
             *   (properties?: fedmq.v1.Entry.$Properties): fedmq.v1.Entry;
             * }}
             */
            Entry.create = function(properties) {
                return new Entry(properties);
            };

            /**
             * Encodes the specified Entry message. Does not implicitly {@link fedmq.v1.Entry.verify|verify} messages.
             * @function encode
             * @memberof fedmq.v1.Entry
             * @static
             * @param {fedmq.v1.Entry.$Properties} message Entry message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Entry.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.term != null && $Object.hasOwnProperty.call(message, "term") && (typeof message.term === "object" ? message.term.low || message.term.high : message.term !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.term);
                if (message.index != null && $Object.hasOwnProperty.call(message, "index") && (typeof message.index === "object" ? message.index.low || message.index.high : message.index !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.index);
                if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).int32(message.type);
                if (message.data != null && $Object.hasOwnProperty.call(message, "data") && message.data.length)
                    writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.data);
                if (message.confChange != null && $Object.hasOwnProperty.call(message, "confChange"))
                    $root.fedmq.v1.ConfChange.encode(message.confChange, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an Entry message from the specified reader or buffer.
             * @function decode
             * @memberof fedmq.v1.Entry
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {fedmq.v1.Entry & fedmq.v1.Entry.$Shape} Entry
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Entry.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.fedmq.v1.Entry();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.term = value;
                            else
                                delete message.term;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.index = value;
                            else
                                delete message.index;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.type = value;
                            else
                                delete message.type;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.data = value;
                            else
                                delete message.data;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.confChange = $root.fedmq.v1.ConfChange.decode(reader, reader.size(), $undefined, _depth + 1, message.confChange);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return Entry;
        })();

        v1.Member = (function() {

            /**
             * Properties of a Member.
             * @typedef {Object} fedmq.v1.Member.$Properties
             * @property {number|null} [nodeId] Member nodeId
             * @property {string|null} [address] Member address
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Member.
             * @memberof fedmq.v1
             * @interface IMember
             * @augments fedmq.v1.Member.$Properties
             * @deprecated Use fedmq.v1.Member.$Properties instead.
             */

            /**
             * Shape of a Member.
             * @typedef {fedmq.v1.Member.$Properties} fedmq.v1.Member.$Shape
             */

            /**
             * Constructs a new Member.
             * @memberof fedmq.v1
             * @classdesc Represents a Member.
             * @constructor
             * @param {fedmq.v1.Member.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Member = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Member nodeId.
             * @member {number} nodeId
             * @memberof fedmq.v1.Member
             * @instance
             */
            Member.prototype.nodeId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Member address.
             * @member {string} address
             * @memberof fedmq.v1.Member
             * @instance
             */
            Member.prototype.address = "";

            /**
             * Creates a new Member instance using the specified properties.
             * @function create
             * @memberof fedmq.v1.Member
             * @static
             * @param {fedmq.v1.Member.$Properties=} [properties] Properties to set
             * @returns {fedmq.v1.Member} Member instance
             * @type {{
             *   (properties: fedmq.v1.Member.$Shape): fedmq.v1.Member & fedmq.v1.Member.$Shape;
             *   (properties?: fedmq.v1.Member.$Properties): fedmq.v1.Member;
             * }}
             */
            Member.create = function(properties) {
                return new Member(properties);
            };

            /**
             * Encodes the specified Member message. Does not implicitly {@link fedmq.v1.Member.verify|verify} messages.
             * @function encode
             * @memberof fedmq.v1.Member
             * @static
             * @param {fedmq.v1.Member.$Properties} message Member message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Member.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.nodeId != null && $Object.hasOwnProperty.call(message, "nodeId") && (typeof message.nodeId === "object" ? message.nodeId.low || message.nodeId.high : message.nodeId !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.nodeId);
                if (message.address != null && $Object.hasOwnProperty.call(message, "address") && message.address !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.address);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Member message from the specified reader or buffer.
             * @function decode
             * @memberof fedmq.v1.Member
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {fedmq.v1.Member & fedmq.v1.Member.$Shape} Member
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Member.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.fedmq.v1.Member();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.nodeId = value;
                            else
                                delete message.nodeId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.address = value;
                            else
                                delete message.address;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return Member;
        })();

        v1.ConfState = (function() {

            /**
             * Properties of a ConfState.
             * @typedef {Object} fedmq.v1.ConfState.$Properties
             * @property {Array.<number>|null} [voters] ConfState voters
             * @property {Array.<number>|null} [learners] ConfState learners
             * @property {Array.<fedmq.v1.Member.$Properties>|null} [members] ConfState members
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ConfState.
             * @memberof fedmq.v1
             * @interface IConfState
             * @augments fedmq.v1.ConfState.$Properties
             * @deprecated Use fedmq.v1.ConfState.$Properties instead.
             */

            /**
             * Shape of a ConfState.
             * @typedef {fedmq.v1.ConfState.$Properties} fedmq.v1.ConfState.$Shape
             */

            /**
             * Constructs a new ConfState.
             * @memberof fedmq.v1
             * @classdesc Represents a ConfState.
             * @constructor
             * @param {fedmq.v1.ConfState.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ConfState = function (properties) {
                this.voters = [];
                this.learners = [];
                this.members = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ConfState voters.
             * @member {Array.<number>} voters
             * @memberof fedmq.v1.ConfState
             * @instance
             */
            ConfState.prototype.voters = $util.emptyArray;

            /**
             * ConfState learners.
             * @member {Array.<number>} learners
             * @memberof fedmq.v1.ConfState
             * @instance
             */
            ConfState.prototype.learners = $util.emptyArray;

            /**
             * ConfState members.
             * @member {Array.<fedmq.v1.Member.$Properties>} members
             * @memberof fedmq.v1.ConfState
             * @instance
             */
            ConfState.prototype.members = $util.emptyArray;

            /**
             * Creates a new ConfState instance using the specified properties.
             * @function create
             * @memberof fedmq.v1.ConfState
             * @static
             * @param {fedmq.v1.ConfState.$Properties=} [properties] Properties to set
             * @returns {fedmq.v1.ConfState} ConfState instance
             * @type {{
             *   (properties: fedmq.v1.ConfState.$Shape): fedmq.v1.ConfState & fedmq.v1.ConfState.$Shape;
             *   (properties?: fedmq.v1.ConfState.$Properties): fedmq.v1.ConfState;
             * }}
             */
            ConfState.create = function(properties) {
                return new ConfState(properties);
            };

            /**
             * Encodes the specified ConfState message. Does not implicitly {@link fedmq.v1.ConfState.verify|verify} messages.
             * @function encode
             * @memberof fedmq.v1.ConfState
             * @static
             * @param {fedmq.v1.ConfState.$Properties} message ConfState message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ConfState.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.voters != null && message.voters.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).uint64s(message.voters);
                if (message.learners != null && message.learners.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).uint64s(message.learners);
                if (message.members != null && message.members.length)
                    for (let i = 0; i < message.members.length; ++i)
                        $root.fedmq.v1.Member.encode(message.members[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ConfState message from the specified reader or buffer.
             * @function decode
             * @memberof fedmq.v1.ConfState
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {fedmq.v1.ConfState & fedmq.v1.ConfState.$Shape} ConfState
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ConfState.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.fedmq.v1.ConfState();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType === 2) {
                                if (!(message.voters && message.voters.length))
                                    message.voters = [];
                                reader.uint64s(message.voters);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.voters && message.voters.length))
                                message.voters = [];
                            message.voters.push(reader.uint64());
                            continue;
                        }
                    case 2: {
                            if (wireType === 2) {
                                if (!(message.learners && message.learners.length))
                                    message.learners = [];
                                reader.uint64s(message.learners);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.learners && message.learners.length))
                                message.learners = [];
                            message.learners.push(reader.uint64());
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.members && message.members.length))
                                message.members = [];
                            message.members.push($root.fedmq.v1.Member.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return ConfState;
        })();

        v1.HardState = (function() {

            /**
             * Properties of a HardState.
             * @typedef {Object} fedmq.v1.HardState.$Properties
             * @property {number|null} [term] HardState term
             * @property {number|null} [vote] HardState vote
             * @property {number|null} [commit] HardState commit
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a HardState.
             * @memberof fedmq.v1
             * @interface IHardState
             * @augments fedmq.v1.HardState.$Properties
             * @deprecated Use fedmq.v1.HardState.$Properties instead.
             */

            /**
             * Shape of a HardState.
             * @typedef {fedmq.v1.HardState.$Properties} fedmq.v1.HardState.$Shape
             */

            /**
             * Constructs a new HardState.
             * @memberof fedmq.v1
             * @classdesc Represents a HardState.
             * @constructor
             * @param {fedmq.v1.HardState.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const HardState = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * HardState term.
             * @member {number} term
             * @memberof fedmq.v1.HardState
             * @instance
             */
            HardState.prototype.term = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * HardState vote.
             * @member {number} vote
             * @memberof fedmq.v1.HardState
             * @instance
             */
            HardState.prototype.vote = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * HardState commit.
             * @member {number} commit
             * @memberof fedmq.v1.HardState
             * @instance
             */
            HardState.prototype.commit = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new HardState instance using the specified properties.
             * @function create
             * @memberof fedmq.v1.HardState
             * @static
             * @param {fedmq.v1.HardState.$Properties=} [properties] Properties to set
             * @returns {fedmq.v1.HardState} HardState instance
             * @type {{
             *   (properties: fedmq.v1.HardState.$Shape): fedmq.v1.HardState & fedmq.v1.HardState.$Shape;
             *   (properties?: fedmq.v1.HardState.$Properties): fedmq.v1.HardState;
             * }}
             */
            HardState.create = function(properties) {
                return new HardState(properties);
            };

            /**
             * Encodes the specified HardState message. Does not implicitly {@link fedmq.v1.HardState.verify|verify} messages.
             * @function encode
             * @memberof fedmq.v1.HardState
             * @static
             * @param {fedmq.v1.HardState.$Properties} message HardState message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            HardState.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.term != null && $Object.hasOwnProperty.call(message, "term") && (typeof message.term === "object" ? message.term.low || message.term.high : message.term !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.term);
                if (message.vote != null && $Object.hasOwnProperty.call(message, "vote") && (typeof message.vote === "object" ? message.vote.low || message.vote.high : message.vote !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.vote);
                if (message.commit != null && $Object.hasOwnProperty.call(message, "commit") && (typeof message.commit === "object" ? message.commit.low || message.commit.high : message.commit !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.commit);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a HardState message from the specified reader or buffer.
             * @function decode
             * @memberof fedmq.v1.HardState
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {fedmq.v1.HardState & fedmq.v1.HardState.$Shape} HardState
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            HardState.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.fedmq.v1.HardState();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.term = value;
                            else
                                delete message.term;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.vote = value;
                            else
                                delete message.vote;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.commit = value;
                            else
                                delete message.commit;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return HardState;
        })();

        v1.SnapshotMeta = (function() {

            /**
             * Properties of a SnapshotMeta.
             * @typedef {Object} fedmq.v1.SnapshotMeta.$Properties
             * @property {number|null} [index] SnapshotMeta index
             * @property {number|null} [term] SnapshotMeta term
             * @property {fedmq.v1.ConfState.$Properties|null} [confState] SnapshotMeta confState
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SnapshotMeta.
             * @memberof fedmq.v1
             * @interface ISnapshotMeta
             * @augments fedmq.v1.SnapshotMeta.$Properties
             * @deprecated Use fedmq.v1.SnapshotMeta.$Properties instead.
             */

            /**
             * Shape of a SnapshotMeta.
             * @typedef {fedmq.v1.SnapshotMeta.$Properties} fedmq.v1.SnapshotMeta.$Shape
             */

            /**
             * Constructs a new SnapshotMeta.
             * @memberof fedmq.v1
             * @classdesc Represents a SnapshotMeta.
             * @constructor
             * @param {fedmq.v1.SnapshotMeta.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SnapshotMeta = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SnapshotMeta index.
             * @member {number} index
             * @memberof fedmq.v1.SnapshotMeta
             * @instance
             */
            SnapshotMeta.prototype.index = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * SnapshotMeta term.
             * @member {number} term
             * @memberof fedmq.v1.SnapshotMeta
             * @instance
             */
            SnapshotMeta.prototype.term = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * SnapshotMeta confState.
             * @member {fedmq.v1.ConfState.$Properties|null|undefined} confState
             * @memberof fedmq.v1.SnapshotMeta
             * @instance
             */
            SnapshotMeta.prototype.confState = null;

            /**
             * Creates a new SnapshotMeta instance using the specified properties.
             * @function create
             * @memberof fedmq.v1.SnapshotMeta
             * @static
             * @param {fedmq.v1.SnapshotMeta.$Properties=} [properties] Properties to set
             * @returns {fedmq.v1.SnapshotMeta} SnapshotMeta instance
             * @type {{
             *   (properties: fedmq.v1.SnapshotMeta.$Shape): fedmq.v1.SnapshotMeta & fedmq.v1.SnapshotMeta.$Shape;
             *   (properties?: fedmq.v1.SnapshotMeta.$Properties): fedmq.v1.SnapshotMeta;
             * }}
             */
            SnapshotMeta.create = function(properties) {
                return new SnapshotMeta(properties);
            };

            /**
             * Encodes the specified SnapshotMeta message. Does not implicitly {@link fedmq.v1.SnapshotMeta.verify|verify} messages.
             * @function encode
             * @memberof fedmq.v1.SnapshotMeta
             * @static
             * @param {fedmq.v1.SnapshotMeta.$Properties} message SnapshotMeta message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SnapshotMeta.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.index != null && $Object.hasOwnProperty.call(message, "index") && (typeof message.index === "object" ? message.index.low || message.index.high : message.index !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.index);
                if (message.term != null && $Object.hasOwnProperty.call(message, "term") && (typeof message.term === "object" ? message.term.low || message.term.high : message.term !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.term);
                if (message.confState != null && $Object.hasOwnProperty.call(message, "confState"))
                    $root.fedmq.v1.ConfState.encode(message.confState, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a SnapshotMeta message from the specified reader or buffer.
             * @function decode
             * @memberof fedmq.v1.SnapshotMeta
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {fedmq.v1.SnapshotMeta & fedmq.v1.SnapshotMeta.$Shape} SnapshotMeta
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SnapshotMeta.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.fedmq.v1.SnapshotMeta();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.index = value;
                            else
                                delete message.index;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.term = value;
                            else
                                delete message.term;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.confState = $root.fedmq.v1.ConfState.decode(reader, reader.size(), $undefined, _depth + 1, message.confState);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return SnapshotMeta;
        })();

        v1.Snapshot = (function() {

            /**
             * Properties of a Snapshot.
             * @typedef {Object} fedmq.v1.Snapshot.$Properties
             * @property {fedmq.v1.SnapshotMeta.$Properties|null} [meta] Snapshot meta
             * @property {Uint8Array|null} [data] Snapshot data
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Snapshot.
             * @memberof fedmq.v1
             * @interface ISnapshot
             * @augments fedmq.v1.Snapshot.$Properties
             * @deprecated Use fedmq.v1.Snapshot.$Properties instead.
             */

            /**
             * Shape of a Snapshot.
             * @typedef {fedmq.v1.Snapshot.$Properties} fedmq.v1.Snapshot.$Shape
             */

            /**
             * Constructs a new Snapshot.
             * @memberof fedmq.v1
             * @classdesc Represents a Snapshot.
             * @constructor
             * @param {fedmq.v1.Snapshot.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Snapshot = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Snapshot meta.
             * @member {fedmq.v1.SnapshotMeta.$Properties|null|undefined} meta
             * @memberof fedmq.v1.Snapshot
             * @instance
             */
            Snapshot.prototype.meta = null;

            /**
             * Snapshot data.
             * @member {Uint8Array} data
             * @memberof fedmq.v1.Snapshot
             * @instance
             */
            Snapshot.prototype.data = $util.newBuffer([]);

            /**
             * Creates a new Snapshot instance using the specified properties.
             * @function create
             * @memberof fedmq.v1.Snapshot
             * @static
             * @param {fedmq.v1.Snapshot.$Properties=} [properties] Properties to set
             * @returns {fedmq.v1.Snapshot} Snapshot instance
             * @type {{
             *   (properties: fedmq.v1.Snapshot.$Shape): fedmq.v1.Snapshot & fedmq.v1.Snapshot.$Shape;
             *   (properties?: fedmq.v1.Snapshot.$Properties): fedmq.v1.Snapshot;
             * }}
             */
            Snapshot.create = function(properties) {
                return new Snapshot(properties);
            };

            /**
             * Encodes the specified Snapshot message. Does not implicitly {@link fedmq.v1.Snapshot.verify|verify} messages.
             * @function encode
             * @memberof fedmq.v1.Snapshot
             * @static
             * @param {fedmq.v1.Snapshot.$Properties} message Snapshot message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Snapshot.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.meta != null && $Object.hasOwnProperty.call(message, "meta"))
                    $root.fedmq.v1.SnapshotMeta.encode(message.meta, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.data != null && $Object.hasOwnProperty.call(message, "data") && message.data.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.data);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Snapshot message from the specified reader or buffer.
             * @function decode
             * @memberof fedmq.v1.Snapshot
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {fedmq.v1.Snapshot & fedmq.v1.Snapshot.$Shape} Snapshot
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Snapshot.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.fedmq.v1.Snapshot();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.meta = $root.fedmq.v1.SnapshotMeta.decode(reader, reader.size(), $undefined, _depth + 1, message.meta);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.data = value;
                            else
                                delete message.data;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return Snapshot;
        })();

        /**
         * MessageType enum.
         * @name fedmq.v1.MessageType
         * @enum {number}
         * @property {number} MSG_UNSPECIFIED=0 MSG_UNSPECIFIED value
         * @property {number} MSG_APP=1 MSG_APP value
         * @property {number} MSG_APP_RESP=2 MSG_APP_RESP value
         * @property {number} MSG_VOTE=3 MSG_VOTE value
         * @property {number} MSG_VOTE_RESP=4 MSG_VOTE_RESP value
         * @property {number} MSG_PRE_VOTE=5 MSG_PRE_VOTE value
         * @property {number} MSG_PRE_VOTE_RESP=6 MSG_PRE_VOTE_RESP value
         * @property {number} MSG_HEARTBEAT=7 MSG_HEARTBEAT value
         * @property {number} MSG_HEARTBEAT_RESP=8 MSG_HEARTBEAT_RESP value
         * @property {number} MSG_SNAP=9 MSG_SNAP value
         * @property {number} MSG_TIMEOUT_NOW=10 MSG_TIMEOUT_NOW value
         * @property {number} MSG_READ_INDEX=11 MSG_READ_INDEX value
         * @property {number} MSG_READ_INDEX_RESP=12 MSG_READ_INDEX_RESP value
         * @property {number} MSG_TRANSFER_LEADER=13 MSG_TRANSFER_LEADER value
         */
        v1.MessageType = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "MSG_UNSPECIFIED"] = 0;
            values[valuesById[1] = "MSG_APP"] = 1;
            values[valuesById[2] = "MSG_APP_RESP"] = 2;
            values[valuesById[3] = "MSG_VOTE"] = 3;
            values[valuesById[4] = "MSG_VOTE_RESP"] = 4;
            values[valuesById[5] = "MSG_PRE_VOTE"] = 5;
            values[valuesById[6] = "MSG_PRE_VOTE_RESP"] = 6;
            values[valuesById[7] = "MSG_HEARTBEAT"] = 7;
            values[valuesById[8] = "MSG_HEARTBEAT_RESP"] = 8;
            values[valuesById[9] = "MSG_SNAP"] = 9;
            values[valuesById[10] = "MSG_TIMEOUT_NOW"] = 10;
            values[valuesById[11] = "MSG_READ_INDEX"] = 11;
            values[valuesById[12] = "MSG_READ_INDEX_RESP"] = 12;
            values[valuesById[13] = "MSG_TRANSFER_LEADER"] = 13;
            return values;
        })();

        v1.RaftMessage = (function() {

            /**
             * Properties of a RaftMessage.
             * @typedef {Object} fedmq.v1.RaftMessage.$Properties
             * @property {fedmq.v1.MessageType|null} [type] RaftMessage type
             * @property {number|null} [to] RaftMessage to
             * @property {number|null} [from] RaftMessage from
             * @property {number|null} [term] RaftMessage term
             * @property {number|null} [logTerm] RaftMessage logTerm
             * @property {number|null} [index] RaftMessage index
             * @property {Array.<fedmq.v1.Entry.$Properties>|null} [entries] RaftMessage entries
             * @property {number|null} [commit] RaftMessage commit
             * @property {fedmq.v1.Snapshot.$Properties|null} [snapshot] RaftMessage snapshot
             * @property {boolean|null} [reject] RaftMessage reject
             * @property {number|null} [rejectHint] RaftMessage rejectHint
             * @property {number|null} [hintTerm] RaftMessage hintTerm
             * @property {Uint8Array|null} [context] RaftMessage context
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RaftMessage.
             * @memberof fedmq.v1
             * @interface IRaftMessage
             * @augments fedmq.v1.RaftMessage.$Properties
             * @deprecated Use fedmq.v1.RaftMessage.$Properties instead.
             */

            /**
             * Shape of a RaftMessage.
             * @typedef {fedmq.v1.RaftMessage.$Properties} fedmq.v1.RaftMessage.$Shape
             */

            /**
             * Constructs a new RaftMessage.
             * @memberof fedmq.v1
             * @classdesc Represents a RaftMessage.
             * @constructor
             * @param {fedmq.v1.RaftMessage.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RaftMessage = function (properties) {
                this.entries = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RaftMessage type.
             * @member {fedmq.v1.MessageType} type
             * @memberof fedmq.v1.RaftMessage
             * @instance
             */
            RaftMessage.prototype.type = 0;

            /**
             * RaftMessage to.
             * @member {number} to
             * @memberof fedmq.v1.RaftMessage
             * @instance
             */
            RaftMessage.prototype.to = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * RaftMessage from.
             * @member {number} from
             * @memberof fedmq.v1.RaftMessage
             * @instance
             */
            RaftMessage.prototype.from = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * RaftMessage term.
             * @member {number} term
             * @memberof fedmq.v1.RaftMessage
             * @instance
             */
            RaftMessage.prototype.term = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * RaftMessage logTerm.
             * @member {number} logTerm
             * @memberof fedmq.v1.RaftMessage
             * @instance
             */
            RaftMessage.prototype.logTerm = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * RaftMessage index.
             * @member {number} index
             * @memberof fedmq.v1.RaftMessage
             * @instance
             */
            RaftMessage.prototype.index = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * RaftMessage entries.
             * @member {Array.<fedmq.v1.Entry.$Properties>} entries
             * @memberof fedmq.v1.RaftMessage
             * @instance
             */
            RaftMessage.prototype.entries = $util.emptyArray;

            /**
             * RaftMessage commit.
             * @member {number} commit
             * @memberof fedmq.v1.RaftMessage
             * @instance
             */
            RaftMessage.prototype.commit = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * RaftMessage snapshot.
             * @member {fedmq.v1.Snapshot.$Properties|null|undefined} snapshot
             * @memberof fedmq.v1.RaftMessage
             * @instance
             */
            RaftMessage.prototype.snapshot = null;

            /**
             * RaftMessage reject.
             * @member {boolean} reject
             * @memberof fedmq.v1.RaftMessage
             * @instance
             */
            RaftMessage.prototype.reject = false;

            /**
             * RaftMessage rejectHint.
             * @member {number} rejectHint
             * @memberof fedmq.v1.RaftMessage
             * @instance
             */
            RaftMessage.prototype.rejectHint = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * RaftMessage hintTerm.
             * @member {number} hintTerm
             * @memberof fedmq.v1.RaftMessage
             * @instance
             */
            RaftMessage.prototype.hintTerm = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * RaftMessage context.
             * @member {Uint8Array} context
             * @memberof fedmq.v1.RaftMessage
             * @instance
             */
            RaftMessage.prototype.context = $util.newBuffer([]);

            /**
             * Creates a new RaftMessage instance using the specified properties.
             * @function create
             * @memberof fedmq.v1.RaftMessage
             * @static
             * @param {fedmq.v1.RaftMessage.$Properties=} [properties] Properties to set
             * @returns {fedmq.v1.RaftMessage} RaftMessage instance
             * @type {{
             *   (properties: fedmq.v1.RaftMessage.$Shape): fedmq.v1.RaftMessage & fedmq.v1.RaftMessage.$Shape;
             *   (properties?: fedmq.v1.RaftMessage.$Properties): fedmq.v1.RaftMessage;
             * }}
             */
            RaftMessage.create = function(properties) {
                return new RaftMessage(properties);
            };

            /**
             * Encodes the specified RaftMessage message. Does not implicitly {@link fedmq.v1.RaftMessage.verify|verify} messages.
             * @function encode
             * @memberof fedmq.v1.RaftMessage
             * @static
             * @param {fedmq.v1.RaftMessage.$Properties} message RaftMessage message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RaftMessage.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.type);
                if (message.to != null && $Object.hasOwnProperty.call(message, "to") && (typeof message.to === "object" ? message.to.low || message.to.high : message.to !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.to);
                if (message.from != null && $Object.hasOwnProperty.call(message, "from") && (typeof message.from === "object" ? message.from.low || message.from.high : message.from !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.from);
                if (message.term != null && $Object.hasOwnProperty.call(message, "term") && (typeof message.term === "object" ? message.term.low || message.term.high : message.term !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.term);
                if (message.logTerm != null && $Object.hasOwnProperty.call(message, "logTerm") && (typeof message.logTerm === "object" ? message.logTerm.low || message.logTerm.high : message.logTerm !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.logTerm);
                if (message.index != null && $Object.hasOwnProperty.call(message, "index") && (typeof message.index === "object" ? message.index.low || message.index.high : message.index !== 0))
                    writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.index);
                if (message.entries != null && message.entries.length)
                    for (let i = 0; i < message.entries.length; ++i)
                        $root.fedmq.v1.Entry.encode(message.entries[i], writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                if (message.commit != null && $Object.hasOwnProperty.call(message, "commit") && (typeof message.commit === "object" ? message.commit.low || message.commit.high : message.commit !== 0))
                    writer.uint32(/* id 8, wireType 0 =*/64).uint64(message.commit);
                if (message.snapshot != null && $Object.hasOwnProperty.call(message, "snapshot"))
                    $root.fedmq.v1.Snapshot.encode(message.snapshot, writer.uint32(/* id 9, wireType 2 =*/74).fork(), _depth + 1).ldelim();
                if (message.reject != null && $Object.hasOwnProperty.call(message, "reject") && message.reject !== false)
                    writer.uint32(/* id 10, wireType 0 =*/80).bool(message.reject);
                if (message.rejectHint != null && $Object.hasOwnProperty.call(message, "rejectHint") && (typeof message.rejectHint === "object" ? message.rejectHint.low || message.rejectHint.high : message.rejectHint !== 0))
                    writer.uint32(/* id 11, wireType 0 =*/88).uint64(message.rejectHint);
                if (message.hintTerm != null && $Object.hasOwnProperty.call(message, "hintTerm") && (typeof message.hintTerm === "object" ? message.hintTerm.low || message.hintTerm.high : message.hintTerm !== 0))
                    writer.uint32(/* id 12, wireType 0 =*/96).uint64(message.hintTerm);
                if (message.context != null && $Object.hasOwnProperty.call(message, "context") && message.context.length)
                    writer.uint32(/* id 13, wireType 2 =*/106).bytes(message.context);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a RaftMessage message from the specified reader or buffer.
             * @function decode
             * @memberof fedmq.v1.RaftMessage
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {fedmq.v1.RaftMessage & fedmq.v1.RaftMessage.$Shape} RaftMessage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RaftMessage.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.fedmq.v1.RaftMessage();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.type = value;
                            else
                                delete message.type;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.to = value;
                            else
                                delete message.to;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.from = value;
                            else
                                delete message.from;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.term = value;
                            else
                                delete message.term;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.logTerm = value;
                            else
                                delete message.logTerm;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.index = value;
                            else
                                delete message.index;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if (!(message.entries && message.entries.length))
                                message.entries = [];
                            message.entries.push($root.fedmq.v1.Entry.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.commit = value;
                            else
                                delete message.commit;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            message.snapshot = $root.fedmq.v1.Snapshot.decode(reader, reader.size(), $undefined, _depth + 1, message.snapshot);
                            continue;
                        }
                    case 10: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.reject = value;
                            else
                                delete message.reject;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.rejectHint = value;
                            else
                                delete message.rejectHint;
                            continue;
                        }
                    case 12: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.hintTerm = value;
                            else
                                delete message.hintTerm;
                            continue;
                        }
                    case 13: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.context = value;
                            else
                                delete message.context;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return RaftMessage;
        })();

        v1.SnapshotRecord = (function() {

            /**
             * Properties of a SnapshotRecord.
             * @typedef {Object} fedmq.v1.SnapshotRecord.$Properties
             * @property {string|null} [db] SnapshotRecord db
             * @property {Uint8Array|null} [key] SnapshotRecord key
             * @property {Uint8Array|null} [value] SnapshotRecord value
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SnapshotRecord.
             * @memberof fedmq.v1
             * @interface ISnapshotRecord
             * @augments fedmq.v1.SnapshotRecord.$Properties
             * @deprecated Use fedmq.v1.SnapshotRecord.$Properties instead.
             */

            /**
             * Shape of a SnapshotRecord.
             * @typedef {fedmq.v1.SnapshotRecord.$Properties} fedmq.v1.SnapshotRecord.$Shape
             */

            /**
             * Constructs a new SnapshotRecord.
             * @memberof fedmq.v1
             * @classdesc Represents a SnapshotRecord.
             * @constructor
             * @param {fedmq.v1.SnapshotRecord.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SnapshotRecord = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SnapshotRecord db.
             * @member {string} db
             * @memberof fedmq.v1.SnapshotRecord
             * @instance
             */
            SnapshotRecord.prototype.db = "";

            /**
             * SnapshotRecord key.
             * @member {Uint8Array} key
             * @memberof fedmq.v1.SnapshotRecord
             * @instance
             */
            SnapshotRecord.prototype.key = $util.newBuffer([]);

            /**
             * SnapshotRecord value.
             * @member {Uint8Array} value
             * @memberof fedmq.v1.SnapshotRecord
             * @instance
             */
            SnapshotRecord.prototype.value = $util.newBuffer([]);

            /**
             * Creates a new SnapshotRecord instance using the specified properties.
             * @function create
             * @memberof fedmq.v1.SnapshotRecord
             * @static
             * @param {fedmq.v1.SnapshotRecord.$Properties=} [properties] Properties to set
             * @returns {fedmq.v1.SnapshotRecord} SnapshotRecord instance
             * @type {{
             *   (properties: fedmq.v1.SnapshotRecord.$Shape): fedmq.v1.SnapshotRecord & fedmq.v1.SnapshotRecord.$Shape;
             *   (properties?: fedmq.v1.SnapshotRecord.$Properties): fedmq.v1.SnapshotRecord;
             * }}
             */
            SnapshotRecord.create = function(properties) {
                return new SnapshotRecord(properties);
            };

            /**
             * Encodes the specified SnapshotRecord message. Does not implicitly {@link fedmq.v1.SnapshotRecord.verify|verify} messages.
             * @function encode
             * @memberof fedmq.v1.SnapshotRecord
             * @static
             * @param {fedmq.v1.SnapshotRecord.$Properties} message SnapshotRecord message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SnapshotRecord.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.db != null && $Object.hasOwnProperty.call(message, "db") && message.db !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.db);
                if (message.key != null && $Object.hasOwnProperty.call(message, "key") && message.key.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.key);
                if (message.value != null && $Object.hasOwnProperty.call(message, "value") && message.value.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.value);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a SnapshotRecord message from the specified reader or buffer.
             * @function decode
             * @memberof fedmq.v1.SnapshotRecord
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {fedmq.v1.SnapshotRecord & fedmq.v1.SnapshotRecord.$Shape} SnapshotRecord
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SnapshotRecord.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.fedmq.v1.SnapshotRecord();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.db = value;
                            else
                                delete message.db;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.key = value;
                            else
                                delete message.key;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.value = value;
                            else
                                delete message.value;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return SnapshotRecord;
        })();

        v1.StreamHello = (function() {

            /**
             * Properties of a StreamHello.
             * @typedef {Object} fedmq.v1.StreamHello.$Properties
             * @property {number|null} [protocolVersion] StreamHello protocolVersion
             * @property {string|null} [clusterId] StreamHello clusterId
             * @property {string|null} [siteId] StreamHello siteId
             * @property {number|null} [fromNode] StreamHello fromNode
             * @property {number|null} [toNode] StreamHello toNode
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a StreamHello.
             * @memberof fedmq.v1
             * @interface IStreamHello
             * @augments fedmq.v1.StreamHello.$Properties
             * @deprecated Use fedmq.v1.StreamHello.$Properties instead.
             */

            /**
             * Shape of a StreamHello.
             * @typedef {fedmq.v1.StreamHello.$Properties} fedmq.v1.StreamHello.$Shape
             */

            /**
             * Constructs a new StreamHello.
             * @memberof fedmq.v1
             * @classdesc Represents a StreamHello.
             * @constructor
             * @param {fedmq.v1.StreamHello.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const StreamHello = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * StreamHello protocolVersion.
             * @member {number} protocolVersion
             * @memberof fedmq.v1.StreamHello
             * @instance
             */
            StreamHello.prototype.protocolVersion = 0;

            /**
             * StreamHello clusterId.
             * @member {string} clusterId
             * @memberof fedmq.v1.StreamHello
             * @instance
             */
            StreamHello.prototype.clusterId = "";

            /**
             * StreamHello siteId.
             * @member {string} siteId
             * @memberof fedmq.v1.StreamHello
             * @instance
             */
            StreamHello.prototype.siteId = "";

            /**
             * StreamHello fromNode.
             * @member {number} fromNode
             * @memberof fedmq.v1.StreamHello
             * @instance
             */
            StreamHello.prototype.fromNode = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * StreamHello toNode.
             * @member {number} toNode
             * @memberof fedmq.v1.StreamHello
             * @instance
             */
            StreamHello.prototype.toNode = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new StreamHello instance using the specified properties.
             * @function create
             * @memberof fedmq.v1.StreamHello
             * @static
             * @param {fedmq.v1.StreamHello.$Properties=} [properties] Properties to set
             * @returns {fedmq.v1.StreamHello} StreamHello instance
             * @type {{
             *   (properties: fedmq.v1.StreamHello.$Shape): fedmq.v1.StreamHello & fedmq.v1.StreamHello.$Shape;
             *   (properties?: fedmq.v1.StreamHello.$Properties): fedmq.v1.StreamHello;
             * }}
             */
            StreamHello.create = function(properties) {
                return new StreamHello(properties);
            };

            /**
             * Encodes the specified StreamHello message. Does not implicitly {@link fedmq.v1.StreamHello.verify|verify} messages.
             * @function encode
             * @memberof fedmq.v1.StreamHello
             * @static
             * @param {fedmq.v1.StreamHello.$Properties} message StreamHello message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            StreamHello.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.protocolVersion != null && $Object.hasOwnProperty.call(message, "protocolVersion") && message.protocolVersion !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.protocolVersion);
                if (message.clusterId != null && $Object.hasOwnProperty.call(message, "clusterId") && message.clusterId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.clusterId);
                if (message.siteId != null && $Object.hasOwnProperty.call(message, "siteId") && message.siteId !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.siteId);
                if (message.fromNode != null && $Object.hasOwnProperty.call(message, "fromNode") && (typeof message.fromNode === "object" ? message.fromNode.low || message.fromNode.high : message.fromNode !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.fromNode);
                if (message.toNode != null && $Object.hasOwnProperty.call(message, "toNode") && (typeof message.toNode === "object" ? message.toNode.low || message.toNode.high : message.toNode !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.toNode);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a StreamHello message from the specified reader or buffer.
             * @function decode
             * @memberof fedmq.v1.StreamHello
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {fedmq.v1.StreamHello & fedmq.v1.StreamHello.$Shape} StreamHello
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            StreamHello.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.fedmq.v1.StreamHello();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.protocolVersion = value;
                            else
                                delete message.protocolVersion;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.clusterId = value;
                            else
                                delete message.clusterId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.siteId = value;
                            else
                                delete message.siteId;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.fromNode = value;
                            else
                                delete message.fromNode;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.toNode = value;
                            else
                                delete message.toNode;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return StreamHello;
        })();

        v1.RaftBatch = (function() {

            /**
             * Properties of a RaftBatch.
             * @typedef {Object} fedmq.v1.RaftBatch.$Properties
             * @property {Array.<fedmq.v1.RaftMessage.$Properties>|null} [messages] RaftBatch messages
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RaftBatch.
             * @memberof fedmq.v1
             * @interface IRaftBatch
             * @augments fedmq.v1.RaftBatch.$Properties
             * @deprecated Use fedmq.v1.RaftBatch.$Properties instead.
             */

            /**
             * Shape of a RaftBatch.
             * @typedef {fedmq.v1.RaftBatch.$Properties} fedmq.v1.RaftBatch.$Shape
             */

            /**
             * Constructs a new RaftBatch.
             * @memberof fedmq.v1
             * @classdesc Represents a RaftBatch.
             * @constructor
             * @param {fedmq.v1.RaftBatch.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RaftBatch = function (properties) {
                this.messages = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RaftBatch messages.
             * @member {Array.<fedmq.v1.RaftMessage.$Properties>} messages
             * @memberof fedmq.v1.RaftBatch
             * @instance
             */
            RaftBatch.prototype.messages = $util.emptyArray;

            /**
             * Creates a new RaftBatch instance using the specified properties.
             * @function create
             * @memberof fedmq.v1.RaftBatch
             * @static
             * @param {fedmq.v1.RaftBatch.$Properties=} [properties] Properties to set
             * @returns {fedmq.v1.RaftBatch} RaftBatch instance
             * @type {{
             *   (properties: fedmq.v1.RaftBatch.$Shape): fedmq.v1.RaftBatch & fedmq.v1.RaftBatch.$Shape;
             *   (properties?: fedmq.v1.RaftBatch.$Properties): fedmq.v1.RaftBatch;
             * }}
             */
            RaftBatch.create = function(properties) {
                return new RaftBatch(properties);
            };

            /**
             * Encodes the specified RaftBatch message. Does not implicitly {@link fedmq.v1.RaftBatch.verify|verify} messages.
             * @function encode
             * @memberof fedmq.v1.RaftBatch
             * @static
             * @param {fedmq.v1.RaftBatch.$Properties} message RaftBatch message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RaftBatch.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.messages != null && message.messages.length)
                    for (let i = 0; i < message.messages.length; ++i)
                        $root.fedmq.v1.RaftMessage.encode(message.messages[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a RaftBatch message from the specified reader or buffer.
             * @function decode
             * @memberof fedmq.v1.RaftBatch
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {fedmq.v1.RaftBatch & fedmq.v1.RaftBatch.$Shape} RaftBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RaftBatch.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.fedmq.v1.RaftBatch();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.messages && message.messages.length))
                                message.messages = [];
                            message.messages.push($root.fedmq.v1.RaftMessage.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return RaftBatch;
        })();

        v1.RaftFrame = (function() {

            /**
             * Properties of a RaftFrame.
             * @typedef {Object} fedmq.v1.RaftFrame.$Properties
             * @property {fedmq.v1.StreamHello.$Properties|null} [hello] RaftFrame hello
             * @property {fedmq.v1.RaftBatch.$Properties|null} [batch] RaftFrame batch
             * @property {"hello"|"batch"} [body] RaftFrame body
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RaftFrame.
             * @memberof fedmq.v1
             * @interface IRaftFrame
             * @augments fedmq.v1.RaftFrame.$Properties
             * @deprecated Use fedmq.v1.RaftFrame.$Properties instead.
             */

            /**
             * Narrowed shape of a RaftFrame.
             * @typedef {{
             *   hello?: fedmq.v1.StreamHello.$Shape|null;
             *   batch?: fedmq.v1.RaftBatch.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ body?: undefined; hello?: null; batch?: null }|{ body?: "hello"; hello: fedmq.v1.StreamHello.$Shape; batch?: null }|{ body?: "batch"; hello?: null; batch: fedmq.v1.RaftBatch.$Shape })
             * )} fedmq.v1.RaftFrame.$Shape
             */

            /**
             * Constructs a new RaftFrame.
             * @memberof fedmq.v1
             * @classdesc Represents a RaftFrame.
             * @constructor
             * @param {fedmq.v1.RaftFrame.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RaftFrame = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RaftFrame hello.
             * @member {fedmq.v1.StreamHello.$Properties|null|undefined} hello
             * @memberof fedmq.v1.RaftFrame
             * @instance
             */
            RaftFrame.prototype.hello = null;

            /**
             * RaftFrame batch.
             * @member {fedmq.v1.RaftBatch.$Properties|null|undefined} batch
             * @memberof fedmq.v1.RaftFrame
             * @instance
             */
            RaftFrame.prototype.batch = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * RaftFrame body.
             * @member {"hello"|"batch"|undefined} body
             * @memberof fedmq.v1.RaftFrame
             * @instance
             */
            $Object.defineProperty(RaftFrame.prototype, "body", {
                get: $util.oneOfGetter($oneOfFields = ["hello", "batch"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new RaftFrame instance using the specified properties.
             * @function create
             * @memberof fedmq.v1.RaftFrame
             * @static
             * @param {fedmq.v1.RaftFrame.$Properties=} [properties] Properties to set
             * @returns {fedmq.v1.RaftFrame} RaftFrame instance
             * @type {{
             *   (properties: fedmq.v1.RaftFrame.$Shape): fedmq.v1.RaftFrame & fedmq.v1.RaftFrame.$Shape;
             *   (properties?: fedmq.v1.RaftFrame.$Properties): fedmq.v1.RaftFrame;
             * }}
             */
            RaftFrame.create = function(properties) {
                return new RaftFrame(properties);
            };

            /**
             * Encodes the specified RaftFrame message. Does not implicitly {@link fedmq.v1.RaftFrame.verify|verify} messages.
             * @function encode
             * @memberof fedmq.v1.RaftFrame
             * @static
             * @param {fedmq.v1.RaftFrame.$Properties} message RaftFrame message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RaftFrame.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.hello != null && $Object.hasOwnProperty.call(message, "hello"))
                    $root.fedmq.v1.StreamHello.encode(message.hello, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.batch != null && $Object.hasOwnProperty.call(message, "batch"))
                    $root.fedmq.v1.RaftBatch.encode(message.batch, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a RaftFrame message from the specified reader or buffer.
             * @function decode
             * @memberof fedmq.v1.RaftFrame
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {fedmq.v1.RaftFrame & fedmq.v1.RaftFrame.$Shape} RaftFrame
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RaftFrame.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.fedmq.v1.RaftFrame();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.hello = $root.fedmq.v1.StreamHello.decode(reader, reader.size(), $undefined, _depth + 1, message.hello);
                            message.body = "hello";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.batch = $root.fedmq.v1.RaftBatch.decode(reader, reader.size(), $undefined, _depth + 1, message.batch);
                            message.body = "batch";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return RaftFrame;
        })();

        v1.SnapshotChunk = (function() {

            /**
             * Properties of a SnapshotChunk.
             * @typedef {Object} fedmq.v1.SnapshotChunk.$Properties
             * @property {fedmq.v1.StreamHello.$Properties|null} [hello] SnapshotChunk hello
             * @property {fedmq.v1.RaftMessage.$Properties|null} [message] SnapshotChunk message
             * @property {number|null} [offset] SnapshotChunk offset
             * @property {Uint8Array|null} [data] SnapshotChunk data
             * @property {boolean|null} [last] SnapshotChunk last
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SnapshotChunk.
             * @memberof fedmq.v1
             * @interface ISnapshotChunk
             * @augments fedmq.v1.SnapshotChunk.$Properties
             * @deprecated Use fedmq.v1.SnapshotChunk.$Properties instead.
             */

            /**
             * Shape of a SnapshotChunk.
             * @typedef {fedmq.v1.SnapshotChunk.$Properties} fedmq.v1.SnapshotChunk.$Shape
             */

            /**
             * Constructs a new SnapshotChunk.
             * @memberof fedmq.v1
             * @classdesc Represents a SnapshotChunk.
             * @constructor
             * @param {fedmq.v1.SnapshotChunk.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SnapshotChunk = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SnapshotChunk hello.
             * @member {fedmq.v1.StreamHello.$Properties|null|undefined} hello
             * @memberof fedmq.v1.SnapshotChunk
             * @instance
             */
            SnapshotChunk.prototype.hello = null;

            /**
             * SnapshotChunk message.
             * @member {fedmq.v1.RaftMessage.$Properties|null|undefined} message
             * @memberof fedmq.v1.SnapshotChunk
             * @instance
             */
            SnapshotChunk.prototype.message = null;

            /**
             * SnapshotChunk offset.
             * @member {number} offset
             * @memberof fedmq.v1.SnapshotChunk
             * @instance
             */
            SnapshotChunk.prototype.offset = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * SnapshotChunk data.
             * @member {Uint8Array} data
             * @memberof fedmq.v1.SnapshotChunk
             * @instance
             */
            SnapshotChunk.prototype.data = $util.newBuffer([]);

            /**
             * SnapshotChunk last.
             * @member {boolean} last
             * @memberof fedmq.v1.SnapshotChunk
             * @instance
             */
            SnapshotChunk.prototype.last = false;

            /**
             * Creates a new SnapshotChunk instance using the specified properties.
             * @function create
             * @memberof fedmq.v1.SnapshotChunk
             * @static
             * @param {fedmq.v1.SnapshotChunk.$Properties=} [properties] Properties to set
             * @returns {fedmq.v1.SnapshotChunk} SnapshotChunk instance
             * @type {{
             *   (properties: fedmq.v1.SnapshotChunk.$Shape): fedmq.v1.SnapshotChunk & fedmq.v1.SnapshotChunk.$Shape;
             *   (properties?: fedmq.v1.SnapshotChunk.$Properties): fedmq.v1.SnapshotChunk;
             * }}
             */
            SnapshotChunk.create = function(properties) {
                return new SnapshotChunk(properties);
            };

            /**
             * Encodes the specified SnapshotChunk message. Does not implicitly {@link fedmq.v1.SnapshotChunk.verify|verify} messages.
             * @function encode
             * @memberof fedmq.v1.SnapshotChunk
             * @static
             * @param {fedmq.v1.SnapshotChunk.$Properties} message SnapshotChunk message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SnapshotChunk.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.hello != null && $Object.hasOwnProperty.call(message, "hello"))
                    $root.fedmq.v1.StreamHello.encode(message.hello, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    $root.fedmq.v1.RaftMessage.encode(message.message, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.offset != null && $Object.hasOwnProperty.call(message, "offset") && (typeof message.offset === "object" ? message.offset.low || message.offset.high : message.offset !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.offset);
                if (message.data != null && $Object.hasOwnProperty.call(message, "data") && message.data.length)
                    writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.data);
                if (message.last != null && $Object.hasOwnProperty.call(message, "last") && message.last !== false)
                    writer.uint32(/* id 5, wireType 0 =*/40).bool(message.last);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a SnapshotChunk message from the specified reader or buffer.
             * @function decode
             * @memberof fedmq.v1.SnapshotChunk
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {fedmq.v1.SnapshotChunk & fedmq.v1.SnapshotChunk.$Shape} SnapshotChunk
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SnapshotChunk.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.fedmq.v1.SnapshotChunk();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.hello = $root.fedmq.v1.StreamHello.decode(reader, reader.size(), $undefined, _depth + 1, message.hello);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.message = $root.fedmq.v1.RaftMessage.decode(reader, reader.size(), $undefined, _depth + 1, message.message);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.offset = value;
                            else
                                delete message.offset;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.data = value;
                            else
                                delete message.data;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.last = value;
                            else
                                delete message.last;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return SnapshotChunk;
        })();

        v1.SnapshotResult = (function() {

            /**
             * Properties of a SnapshotResult.
             * @typedef {Object} fedmq.v1.SnapshotResult.$Properties
             * @property {boolean|null} [accepted] SnapshotResult accepted
             * @property {string|null} [reason] SnapshotResult reason
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SnapshotResult.
             * @memberof fedmq.v1
             * @interface ISnapshotResult
             * @augments fedmq.v1.SnapshotResult.$Properties
             * @deprecated Use fedmq.v1.SnapshotResult.$Properties instead.
             */

            /**
             * Shape of a SnapshotResult.
             * @typedef {fedmq.v1.SnapshotResult.$Properties} fedmq.v1.SnapshotResult.$Shape
             */

            /**
             * Constructs a new SnapshotResult.
             * @memberof fedmq.v1
             * @classdesc Represents a SnapshotResult.
             * @constructor
             * @param {fedmq.v1.SnapshotResult.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SnapshotResult = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SnapshotResult accepted.
             * @member {boolean} accepted
             * @memberof fedmq.v1.SnapshotResult
             * @instance
             */
            SnapshotResult.prototype.accepted = false;

            /**
             * SnapshotResult reason.
             * @member {string} reason
             * @memberof fedmq.v1.SnapshotResult
             * @instance
             */
            SnapshotResult.prototype.reason = "";

            /**
             * Creates a new SnapshotResult instance using the specified properties.
             * @function create
             * @memberof fedmq.v1.SnapshotResult
             * @static
             * @param {fedmq.v1.SnapshotResult.$Properties=} [properties] Properties to set
             * @returns {fedmq.v1.SnapshotResult} SnapshotResult instance
             * @type {{
             *   (properties: fedmq.v1.SnapshotResult.$Shape): fedmq.v1.SnapshotResult & fedmq.v1.SnapshotResult.$Shape;
             *   (properties?: fedmq.v1.SnapshotResult.$Properties): fedmq.v1.SnapshotResult;
             * }}
             */
            SnapshotResult.create = function(properties) {
                return new SnapshotResult(properties);
            };

            /**
             * Encodes the specified SnapshotResult message. Does not implicitly {@link fedmq.v1.SnapshotResult.verify|verify} messages.
             * @function encode
             * @memberof fedmq.v1.SnapshotResult
             * @static
             * @param {fedmq.v1.SnapshotResult.$Properties} message SnapshotResult message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SnapshotResult.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.accepted != null && $Object.hasOwnProperty.call(message, "accepted") && message.accepted !== false)
                    writer.uint32(/* id 1, wireType 0 =*/8).bool(message.accepted);
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.reason);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a SnapshotResult message from the specified reader or buffer.
             * @function decode
             * @memberof fedmq.v1.SnapshotResult
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {fedmq.v1.SnapshotResult & fedmq.v1.SnapshotResult.$Shape} SnapshotResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SnapshotResult.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.fedmq.v1.SnapshotResult();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.accepted = value;
                            else
                                delete message.accepted;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.reason = value;
                            else
                                delete message.reason;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            return SnapshotResult;
        })();

        return v1;
    })();

    return fedmq;
})();

export {
  $root as default
};
