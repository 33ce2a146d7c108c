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

        v1.MessageRef = (function() {

            /**
             * Properties of a MessageRef.
             * @typedef {Object} fedmq.v1.MessageRef.$Properties
             * @property {number|null} [destId] MessageRef destId
             * @property {number|null} [seq] MessageRef seq
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a MessageRef.
             * @memberof fedmq.v1
             * @interface IMessageRef
             * @augments fedmq.v1.MessageRef.$Properties
             * @deprecated Use fedmq.v1.MessageRef.$Properties instead.
             */

            /**
             * Shape of a MessageRef.
             * @typedef {fedmq.v1.MessageRef.$Properties} fedmq.v1.MessageRef.$Shape
             */

            /**
             * Constructs a new MessageRef.
             * @memberof fedmq.v1
             * @classdesc Represents a MessageRef.
             * @constructor
             * @param {fedmq.v1.MessageRef.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const MessageRef = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * MessageRef destId.
             * @member {number} destId
             * @memberof fedmq.v1.MessageRef
             * @instance
             */
            MessageRef.prototype.destId = 0;

            /**
             * MessageRef seq.
             * @member {number} seq
             * @memberof fedmq.v1.MessageRef
             * @instance
             */
            MessageRef.prototype.seq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new MessageRef instance using the specified properties.
             * @function create
             * @memberof fedmq.v1.MessageRef
             * @static
             * @param {fedmq.v1.MessageRef.$Properties=} [properties] Properties to set
             * @returns {fedmq.v1.MessageRef} MessageRef instance
             * @type {{
             *   (properties: fedmq.v1.MessageRef.$Shape): fedmq.v1.MessageRef & fedmq.v1.MessageRef.$Shape;
             *   (properties?: fedmq.v1.MessageRef.$Properties): fedmq.v1.MessageRef;
             * }}
             */
            MessageRef.create = function(properties) {
                return new MessageRef(properties);
            };

            /**
             * Encodes the specified MessageRef message. Does not implicitly {@link fedmq.v1.MessageRef.verify|verify} messages.
             * @function encode
             * @memberof fedmq.v1.MessageRef
             * @static
             * @param {fedmq.v1.MessageRef.$Properties} message MessageRef message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MessageRef.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.destId != null && $Object.hasOwnProperty.call(message, "destId") && message.destId !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.destId);
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq") && (typeof message.seq === "object" ? message.seq.low || message.seq.high : message.seq !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.seq);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a MessageRef message from the specified reader or buffer.
             * @function decode
             * @memberof fedmq.v1.MessageRef
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {fedmq.v1.MessageRef & fedmq.v1.MessageRef.$Shape} MessageRef
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MessageRef.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.fedmq.v1.MessageRef();
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
                                message.destId = value;
                            else
                                delete message.destId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.seq = value;
                            else
                                delete message.seq;
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

            return MessageRef;
        })();

        /**
         * DlqStrategy enum.
         * @name fedmq.v1.DlqStrategy
         * @enum {number}
         * @property {number} DLQ_STRATEGY_UNSPECIFIED=0 DLQ_STRATEGY_UNSPECIFIED value
         * @property {number} DLQ_SHARED=1 DLQ_SHARED value
         * @property {number} DLQ_PER_DESTINATION=2 DLQ_PER_DESTINATION value
         */
        v1.DlqStrategy = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "DLQ_STRATEGY_UNSPECIFIED"] = 0;
            values[valuesById[1] = "DLQ_SHARED"] = 1;
            values[valuesById[2] = "DLQ_PER_DESTINATION"] = 2;
            return values;
        })();

        v1.BrokerPolicy = (function() {

            /**
             * Properties of a BrokerPolicy.
             * @typedef {Object} fedmq.v1.BrokerPolicy.$Properties
             * @property {number|null} [maxDeliveries] BrokerPolicy maxDeliveries
             * @property {fedmq.v1.DlqStrategy|null} [dlqStrategy] BrokerPolicy dlqStrategy
             * @property {number|null} [dlqMessagesMax] BrokerPolicy dlqMessagesMax
             * @property {number|null} [dlqBytesMax] BrokerPolicy dlqBytesMax
             * @property {boolean|null} [expiredToDlq] BrokerPolicy expiredToDlq
             * @property {number|null} [dedupeWindowMs] BrokerPolicy dedupeWindowMs
             * @property {number|null} [inactiveDurableTimeoutMs] BrokerPolicy inactiveDurableTimeoutMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a BrokerPolicy.
             * @memberof fedmq.v1
             * @interface IBrokerPolicy
             * @augments fedmq.v1.BrokerPolicy.$Properties
             * @deprecated Use fedmq.v1.BrokerPolicy.$Properties instead.
             */

            /**
             * Shape of a BrokerPolicy.
             * @typedef {fedmq.v1.BrokerPolicy.$Properties} fedmq.v1.BrokerPolicy.$Shape
             */

            /**
             * Constructs a new BrokerPolicy.
             * @memberof fedmq.v1
             * @classdesc Represents a BrokerPolicy.
             * @constructor
             * @param {fedmq.v1.BrokerPolicy.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const BrokerPolicy = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * BrokerPolicy maxDeliveries.
             * @member {number} maxDeliveries
             * @memberof fedmq.v1.BrokerPolicy
             * @instance
             */
            BrokerPolicy.prototype.maxDeliveries = 0;

            /**
             * BrokerPolicy dlqStrategy.
             * @member {fedmq.v1.DlqStrategy} dlqStrategy
             * @memberof fedmq.v1.BrokerPolicy
             * @instance
             */
            BrokerPolicy.prototype.dlqStrategy = 0;

            /**
             * BrokerPolicy dlqMessagesMax.
             * @member {number} dlqMessagesMax
             * @memberof fedmq.v1.BrokerPolicy
             * @instance
             */
            BrokerPolicy.prototype.dlqMessagesMax = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * BrokerPolicy dlqBytesMax.
             * @member {number} dlqBytesMax
             * @memberof fedmq.v1.BrokerPolicy
             * @instance
             */
            BrokerPolicy.prototype.dlqBytesMax = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * BrokerPolicy expiredToDlq.
             * @member {boolean} expiredToDlq
             * @memberof fedmq.v1.BrokerPolicy
             * @instance
             */
            BrokerPolicy.prototype.expiredToDlq = false;

            /**
             * BrokerPolicy dedupeWindowMs.
             * @member {number} dedupeWindowMs
             * @memberof fedmq.v1.BrokerPolicy
             * @instance
             */
            BrokerPolicy.prototype.dedupeWindowMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * BrokerPolicy inactiveDurableTimeoutMs.
             * @member {number} inactiveDurableTimeoutMs
             * @memberof fedmq.v1.BrokerPolicy
             * @instance
             */
            BrokerPolicy.prototype.inactiveDurableTimeoutMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new BrokerPolicy instance using the specified properties.
             * @function create
             * @memberof fedmq.v1.BrokerPolicy
             * @static
             * @param {fedmq.v1.BrokerPolicy.$Properties=} [properties] Properties to set
             * @returns {fedmq.v1.BrokerPolicy} BrokerPolicy instance
             * @type {{
             *   (properties: fedmq.v1.BrokerPolicy.$Shape): fedmq.v1.BrokerPolicy & fedmq.v1.BrokerPolicy.$Shape;
             *   (properties?: fedmq.v1.BrokerPolicy.$Properties): fedmq.v1.BrokerPolicy;
             * }}
             */
            BrokerPolicy.create = function(properties) {
                return new BrokerPolicy(properties);
            };

            /**
             * Encodes the specified BrokerPolicy message. Does not implicitly {@link fedmq.v1.BrokerPolicy.verify|verify} messages.
             * @function encode
             * @memberof fedmq.v1.BrokerPolicy
             * @static
             * @param {fedmq.v1.BrokerPolicy.$Properties} message BrokerPolicy message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            BrokerPolicy.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.maxDeliveries != null && $Object.hasOwnProperty.call(message, "maxDeliveries") && message.maxDeliveries !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.maxDeliveries);
                if (message.dlqStrategy != null && $Object.hasOwnProperty.call(message, "dlqStrategy") && message.dlqStrategy !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.dlqStrategy);
                if (message.dlqMessagesMax != null && $Object.hasOwnProperty.call(message, "dlqMessagesMax") && (typeof message.dlqMessagesMax === "object" ? message.dlqMessagesMax.low || message.dlqMessagesMax.high : message.dlqMessagesMax !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.dlqMessagesMax);
                if (message.dlqBytesMax != null && $Object.hasOwnProperty.call(message, "dlqBytesMax") && (typeof message.dlqBytesMax === "object" ? message.dlqBytesMax.low || message.dlqBytesMax.high : message.dlqBytesMax !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.dlqBytesMax);
                if (message.expiredToDlq != null && $Object.hasOwnProperty.call(message, "expiredToDlq") && message.expiredToDlq !== false)
                    writer.uint32(/* id 5, wireType 0 =*/40).bool(message.expiredToDlq);
                if (message.dedupeWindowMs != null && $Object.hasOwnProperty.call(message, "dedupeWindowMs") && (typeof message.dedupeWindowMs === "object" ? message.dedupeWindowMs.low || message.dedupeWindowMs.high : message.dedupeWindowMs !== 0))
                    writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.dedupeWindowMs);
                if (message.inactiveDurableTimeoutMs != null && $Object.hasOwnProperty.call(message, "inactiveDurableTimeoutMs") && (typeof message.inactiveDurableTimeoutMs === "object" ? message.inactiveDurableTimeoutMs.low || message.inactiveDurableTimeoutMs.high : message.inactiveDurableTimeoutMs !== 0))
                    writer.uint32(/* id 7, wireType 0 =*/56).uint64(message.inactiveDurableTimeoutMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a BrokerPolicy message from the specified reader or buffer.
             * @function decode
             * @memberof fedmq.v1.BrokerPolicy
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {fedmq.v1.BrokerPolicy & fedmq.v1.BrokerPolicy.$Shape} BrokerPolicy
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            BrokerPolicy.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.fedmq.v1.BrokerPolicy();
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
                                message.maxDeliveries = value;
                            else
                                delete message.maxDeliveries;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.dlqStrategy = value;
                            else
                                delete message.dlqStrategy;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.dlqMessagesMax = value;
                            else
                                delete message.dlqMessagesMax;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.dlqBytesMax = value;
                            else
                                delete message.dlqBytesMax;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.expiredToDlq = value;
                            else
                                delete message.expiredToDlq;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.dedupeWindowMs = value;
                            else
                                delete message.dedupeWindowMs;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.inactiveDurableTimeoutMs = value;
                            else
                                delete message.inactiveDurableTimeoutMs;
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

            return BrokerPolicy;
        })();

        v1.SendBatch = (function() {

            /**
             * Properties of a SendBatch.
             * @typedef {Object} fedmq.v1.SendBatch.$Properties
             * @property {Array.<fedmq.v1.Message.$Properties>|null} [messages] SendBatch messages
             * @property {boolean|null} [autoCreate] SendBatch autoCreate
             * @property {Array.<number>|null} [dispatchNow] SendBatch dispatchNow
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SendBatch.
             * @memberof fedmq.v1
             * @interface ISendBatch
             * @augments fedmq.v1.SendBatch.$Properties
             * @deprecated Use fedmq.v1.SendBatch.$Properties instead.
             */

            /**
             * Shape of a SendBatch.
             * @typedef {{
             *   messages?: Array.<fedmq.v1.Message.$Shape>|null;
             *   autoCreate?: boolean|null;
             *   dispatchNow?: Array.<number>|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} fedmq.v1.SendBatch.$Shape
             */

            /**
             * Constructs a new SendBatch.
             * @memberof fedmq.v1
             * @classdesc Represents a SendBatch.
             * @constructor
             * @param {fedmq.v1.SendBatch.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SendBatch = function (properties) {
                this.messages = [];
                this.dispatchNow = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SendBatch messages.
             * @member {Array.<fedmq.v1.Message.$Properties>} messages
             * @memberof fedmq.v1.SendBatch
             * @instance
             */
            SendBatch.prototype.messages = $util.emptyArray;

            /**
             * SendBatch autoCreate.
             * @member {boolean} autoCreate
             * @memberof fedmq.v1.SendBatch
             * @instance
             */
            SendBatch.prototype.autoCreate = false;

            /**
             * SendBatch dispatchNow.
             * @member {Array.<number>} dispatchNow
             * @memberof fedmq.v1.SendBatch
             * @instance
             */
            SendBatch.prototype.dispatchNow = $util.emptyArray;

            /**
             * Creates a new SendBatch instance using the specified properties.
             * @function create
             * @memberof fedmq.v1.SendBatch
             * @static
             * @param {fedmq.v1.SendBatch.$Properties=} [properties] Properties to set
             * @returns {fedmq.v1.SendBatch} SendBatch instance
             * @type {{
             *   (properties: fedmq.v1.SendBatch.$Shape): fedmq.v1.SendBatch & fedmq.v1.SendBatch.$Shape;
             *   (properties?: fedmq.v1.SendBatch.$Properties): fedmq.v1.SendBatch;
             * }}
             */
            SendBatch.create = function(properties) {
                return new SendBatch(properties);
            };

            /**
             * Encodes the specified SendBatch message. Does not implicitly {@link fedmq.v1.SendBatch.verify|verify} messages.
             * @function encode
             * @memberof fedmq.v1.SendBatch
             * @static
             * @param {fedmq.v1.SendBatch.$Properties} message SendBatch message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SendBatch.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.messages != null && message.messages.length)
                    for (let i = 0; i < message.messages.length; ++i)
                        $root.fedmq.v1.Message.encode(message.messages[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.autoCreate != null && $Object.hasOwnProperty.call(message, "autoCreate") && message.autoCreate !== false)
                    writer.uint32(/* id 2, wireType 0 =*/16).bool(message.autoCreate);
                if (message.dispatchNow != null && message.dispatchNow.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).uint32s(message.dispatchNow);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a SendBatch message from the specified reader or buffer.
             * @function decode
             * @memberof fedmq.v1.SendBatch
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {fedmq.v1.SendBatch & fedmq.v1.SendBatch.$Shape} SendBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SendBatch.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.fedmq.v1.SendBatch();
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
                            message.messages.push($root.fedmq.v1.Message.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.autoCreate = value;
                            else
                                delete message.autoCreate;
                            continue;
                        }
                    case 3: {
                            if (wireType === 2) {
                                if (!(message.dispatchNow && message.dispatchNow.length))
                                    message.dispatchNow = [];
                                reader.uint32s(message.dispatchNow);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.dispatchNow && message.dispatchNow.length))
                                message.dispatchNow = [];
                            message.dispatchNow.push(reader.uint32());
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

            return SendBatch;
        })();

        v1.AckBatch = (function() {

            /**
             * Properties of an AckBatch.
             * @typedef {Object} fedmq.v1.AckBatch.$Properties
             * @property {Array.<fedmq.v1.MessageRef.$Properties>|null} [refs] AckBatch refs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an AckBatch.
             * @memberof fedmq.v1
             * @interface IAckBatch
             * @augments fedmq.v1.AckBatch.$Properties
             * @deprecated Use fedmq.v1.AckBatch.$Properties instead.
             */

            /**
             * Shape of an AckBatch.
             * @typedef {fedmq.v1.AckBatch.$Properties} fedmq.v1.AckBatch.$Shape
             */

            /**
             * Constructs a new AckBatch.
             * @memberof fedmq.v1
             * @classdesc Represents an AckBatch.
             * @constructor
             * @param {fedmq.v1.AckBatch.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const AckBatch = function (properties) {
                this.refs = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * AckBatch refs.
             * @member {Array.<fedmq.v1.MessageRef.$Properties>} refs
             * @memberof fedmq.v1.AckBatch
             * @instance
             */
            AckBatch.prototype.refs = $util.emptyArray;

            /**
             * Creates a new AckBatch instance using the specified properties.
             * @function create
             * @memberof fedmq.v1.AckBatch
             * @static
             * @param {fedmq.v1.AckBatch.$Properties=} [properties] Properties to set
             * @returns {fedmq.v1.AckBatch} AckBatch instance
             * @type {{
             *   (properties: fedmq.v1.AckBatch.$Shape): fedmq.v1.AckBatch & fedmq.v1.AckBatch.$Shape;
             *   (properties?: fedmq.v1.AckBatch.$Properties): fedmq.v1.AckBatch;
             * }}
             */
            AckBatch.create = function(properties) {
                return new AckBatch(properties);
            };

            /**
             * Encodes the specified AckBatch message. Does not implicitly {@link fedmq.v1.AckBatch.verify|verify} messages.
             * @function encode
             * @memberof fedmq.v1.AckBatch
             * @static
             * @param {fedmq.v1.AckBatch.$Properties} message AckBatch message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AckBatch.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.refs != null && message.refs.length)
                    for (let i = 0; i < message.refs.length; ++i)
                        $root.fedmq.v1.MessageRef.encode(message.refs[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an AckBatch message from the specified reader or buffer.
             * @function decode
             * @memberof fedmq.v1.AckBatch
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {fedmq.v1.AckBatch & fedmq.v1.AckBatch.$Shape} AckBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AckBatch.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.fedmq.v1.AckBatch();
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
                            if (!(message.refs && message.refs.length))
                                message.refs = [];
                            message.refs.push($root.fedmq.v1.MessageRef.decode(reader, reader.size(), $undefined, _depth + 1));
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

            return AckBatch;
        })();

        v1.ReleaseBatch = (function() {

            /**
             * Properties of a ReleaseBatch.
             * @typedef {Object} fedmq.v1.ReleaseBatch.$Properties
             * @property {Array.<fedmq.v1.MessageRef.$Properties>|null} [refs] ReleaseBatch refs
             * @property {boolean|null} [delivered] ReleaseBatch delivered
             * @property {string|null} [reason] ReleaseBatch reason
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ReleaseBatch.
             * @memberof fedmq.v1
             * @interface IReleaseBatch
             * @augments fedmq.v1.ReleaseBatch.$Properties
             * @deprecated Use fedmq.v1.ReleaseBatch.$Properties instead.
             */

            /**
             * Shape of a ReleaseBatch.
             * @typedef {fedmq.v1.ReleaseBatch.$Properties} fedmq.v1.ReleaseBatch.$Shape
             */

            /**
             * Constructs a new ReleaseBatch.
             * @memberof fedmq.v1
             * @classdesc Represents a ReleaseBatch.
             * @constructor
             * @param {fedmq.v1.ReleaseBatch.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ReleaseBatch = function (properties) {
                this.refs = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ReleaseBatch refs.
             * @member {Array.<fedmq.v1.MessageRef.$Properties>} refs
             * @memberof fedmq.v1.ReleaseBatch
             * @instance
             */
            ReleaseBatch.prototype.refs = $util.emptyArray;

            /**
             * ReleaseBatch delivered.
             * @member {boolean} delivered
             * @memberof fedmq.v1.ReleaseBatch
             * @instance
             */
            ReleaseBatch.prototype.delivered = false;

            /**
             * ReleaseBatch reason.
             * @member {string} reason
             * @memberof fedmq.v1.ReleaseBatch
             * @instance
             */
            ReleaseBatch.prototype.reason = "";

            /**
             * Creates a new ReleaseBatch instance using the specified properties.
             * @function create
             * @memberof fedmq.v1.ReleaseBatch
             * @static
             * @param {fedmq.v1.ReleaseBatch.$Properties=} [properties] Properties to set
             * @returns {fedmq.v1.ReleaseBatch} ReleaseBatch instance
             * @type {{
             *   (properties: fedmq.v1.ReleaseBatch.$Shape): fedmq.v1.ReleaseBatch & fedmq.v1.ReleaseBatch.$Shape;
             *   (properties?: fedmq.v1.ReleaseBatch.$Properties): fedmq.v1.ReleaseBatch;
             * }}
             */
            ReleaseBatch.create = function(properties) {
                return new ReleaseBatch(properties);
            };

            /**
             * Encodes the specified ReleaseBatch message. Does not implicitly {@link fedmq.v1.ReleaseBatch.verify|verify} messages.
             * @function encode
             * @memberof fedmq.v1.ReleaseBatch
             * @static
             * @param {fedmq.v1.ReleaseBatch.$Properties} message ReleaseBatch message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ReleaseBatch.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.refs != null && message.refs.length)
                    for (let i = 0; i < message.refs.length; ++i)
                        $root.fedmq.v1.MessageRef.encode(message.refs[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.delivered != null && $Object.hasOwnProperty.call(message, "delivered") && message.delivered !== false)
                    writer.uint32(/* id 2, wireType 0 =*/16).bool(message.delivered);
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.reason);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ReleaseBatch message from the specified reader or buffer.
             * @function decode
             * @memberof fedmq.v1.ReleaseBatch
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {fedmq.v1.ReleaseBatch & fedmq.v1.ReleaseBatch.$Shape} ReleaseBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ReleaseBatch.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.fedmq.v1.ReleaseBatch();
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
                            if (!(message.refs && message.refs.length))
                                message.refs = [];
                            message.refs.push($root.fedmq.v1.MessageRef.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.delivered = value;
                            else
                                delete message.delivered;
                            continue;
                        }
                    case 3: {
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

            return ReleaseBatch;
        })();

        v1.DispatchBatch = (function() {

            /**
             * Properties of a DispatchBatch.
             * @typedef {Object} fedmq.v1.DispatchBatch.$Properties
             * @property {Array.<fedmq.v1.MessageRef.$Properties>|null} [refs] DispatchBatch refs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DispatchBatch.
             * @memberof fedmq.v1
             * @interface IDispatchBatch
             * @augments fedmq.v1.DispatchBatch.$Properties
             * @deprecated Use fedmq.v1.DispatchBatch.$Properties instead.
             */

            /**
             * Shape of a DispatchBatch.
             * @typedef {fedmq.v1.DispatchBatch.$Properties} fedmq.v1.DispatchBatch.$Shape
             */

            /**
             * Constructs a new DispatchBatch.
             * @memberof fedmq.v1
             * @classdesc Represents a DispatchBatch.
             * @constructor
             * @param {fedmq.v1.DispatchBatch.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DispatchBatch = function (properties) {
                this.refs = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * DispatchBatch refs.
             * @member {Array.<fedmq.v1.MessageRef.$Properties>} refs
             * @memberof fedmq.v1.DispatchBatch
             * @instance
             */
            DispatchBatch.prototype.refs = $util.emptyArray;

            /**
             * Creates a new DispatchBatch instance using the specified properties.
             * @function create
             * @memberof fedmq.v1.DispatchBatch
             * @static
             * @param {fedmq.v1.DispatchBatch.$Properties=} [properties] Properties to set
             * @returns {fedmq.v1.DispatchBatch} DispatchBatch instance
             * @type {{
             *   (properties: fedmq.v1.DispatchBatch.$Shape): fedmq.v1.DispatchBatch & fedmq.v1.DispatchBatch.$Shape;
             *   (properties?: fedmq.v1.DispatchBatch.$Properties): fedmq.v1.DispatchBatch;
             * }}
             */
            DispatchBatch.create = function(properties) {
                return new DispatchBatch(properties);
            };

            /**
             * Encodes the specified DispatchBatch message. Does not implicitly {@link fedmq.v1.DispatchBatch.verify|verify} messages.
             * @function encode
             * @memberof fedmq.v1.DispatchBatch
             * @static
             * @param {fedmq.v1.DispatchBatch.$Properties} message DispatchBatch message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DispatchBatch.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.refs != null && message.refs.length)
                    for (let i = 0; i < message.refs.length; ++i)
                        $root.fedmq.v1.MessageRef.encode(message.refs[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a DispatchBatch message from the specified reader or buffer.
             * @function decode
             * @memberof fedmq.v1.DispatchBatch
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {fedmq.v1.DispatchBatch & fedmq.v1.DispatchBatch.$Shape} DispatchBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DispatchBatch.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.fedmq.v1.DispatchBatch();
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
                            if (!(message.refs && message.refs.length))
                                message.refs = [];
                            message.refs.push($root.fedmq.v1.MessageRef.decode(reader, reader.size(), $undefined, _depth + 1));
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

            return DispatchBatch;
        })();

        v1.RecoverDeliveries = (function() {

            /**
             * Properties of a RecoverDeliveries.
             * @typedef {Object} fedmq.v1.RecoverDeliveries.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RecoverDeliveries.
             * @memberof fedmq.v1
             * @interface IRecoverDeliveries
             * @augments fedmq.v1.RecoverDeliveries.$Properties
             * @deprecated Use fedmq.v1.RecoverDeliveries.$Properties instead.
             */

            /**
             * Shape of a RecoverDeliveries.
             * @typedef {fedmq.v1.RecoverDeliveries.$Properties} fedmq.v1.RecoverDeliveries.$Shape
             */

            /**
             * Constructs a new RecoverDeliveries.
             * @memberof fedmq.v1
             * @classdesc Represents a RecoverDeliveries.
             * @constructor
             * @param {fedmq.v1.RecoverDeliveries.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RecoverDeliveries = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Creates a new RecoverDeliveries instance using the specified properties.
             * @function create
             * @memberof fedmq.v1.RecoverDeliveries
             * @static
             * @param {fedmq.v1.RecoverDeliveries.$Properties=} [properties] Properties to set
             * @returns {fedmq.v1.RecoverDeliveries} RecoverDeliveries instance
             * @type {{
             *   (properties: fedmq.v1.RecoverDeliveries.$Shape): fedmq.v1.RecoverDeliveries & fedmq.v1.RecoverDeliveries.$Shape;
             *   (properties?: fedmq.v1.RecoverDeliveries.$Properties): fedmq.v1.RecoverDeliveries;
             * }}
             */
            RecoverDeliveries.create = function(properties) {
                return new RecoverDeliveries(properties);
            };

            /**
             * Encodes the specified RecoverDeliveries message. Does not implicitly {@link fedmq.v1.RecoverDeliveries.verify|verify} messages.
             * @function encode
             * @memberof fedmq.v1.RecoverDeliveries
             * @static
             * @param {fedmq.v1.RecoverDeliveries.$Properties} message RecoverDeliveries message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RecoverDeliveries.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a RecoverDeliveries message from the specified reader or buffer.
             * @function decode
             * @memberof fedmq.v1.RecoverDeliveries
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {fedmq.v1.RecoverDeliveries & fedmq.v1.RecoverDeliveries.$Shape} RecoverDeliveries
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RecoverDeliveries.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.fedmq.v1.RecoverDeliveries();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    reader.skipType(tag & 7, _depth, tag);
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

            return RecoverDeliveries;
        })();

        v1.ExpireBatch = (function() {

            /**
             * Properties of an ExpireBatch.
             * @typedef {Object} fedmq.v1.ExpireBatch.$Properties
             * @property {Array.<fedmq.v1.MessageRef.$Properties>|null} [refs] ExpireBatch refs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an ExpireBatch.
             * @memberof fedmq.v1
             * @interface IExpireBatch
             * @augments fedmq.v1.ExpireBatch.$Properties
             * @deprecated Use fedmq.v1.ExpireBatch.$Properties instead.
             */

            /**
             * Shape of an ExpireBatch.
             * @typedef {fedmq.v1.ExpireBatch.$Properties} fedmq.v1.ExpireBatch.$Shape
             */

            /**
             * Constructs a new ExpireBatch.
             * @memberof fedmq.v1
             * @classdesc Represents an ExpireBatch.
             * @constructor
             * @param {fedmq.v1.ExpireBatch.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ExpireBatch = function (properties) {
                this.refs = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ExpireBatch refs.
             * @member {Array.<fedmq.v1.MessageRef.$Properties>} refs
             * @memberof fedmq.v1.ExpireBatch
             * @instance
             */
            ExpireBatch.prototype.refs = $util.emptyArray;

            /**
             * Creates a new ExpireBatch instance using the specified properties.
             * @function create
             * @memberof fedmq.v1.ExpireBatch
             * @static
             * @param {fedmq.v1.ExpireBatch.$Properties=} [properties] Properties to set
             * @returns {fedmq.v1.ExpireBatch} ExpireBatch instance
             * @type {{
             *   (properties: fedmq.v1.ExpireBatch.$Shape): fedmq.v1.ExpireBatch & fedmq.v1.ExpireBatch.$Shape;
             *   (properties?: fedmq.v1.ExpireBatch.$Properties): fedmq.v1.ExpireBatch;
             * }}
             */
            ExpireBatch.create = function(properties) {
                return new ExpireBatch(properties);
            };

            /**
             * Encodes the specified ExpireBatch message. Does not implicitly {@link fedmq.v1.ExpireBatch.verify|verify} messages.
             * @function encode
             * @memberof fedmq.v1.ExpireBatch
             * @static
             * @param {fedmq.v1.ExpireBatch.$Properties} message ExpireBatch message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ExpireBatch.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.refs != null && message.refs.length)
                    for (let i = 0; i < message.refs.length; ++i)
                        $root.fedmq.v1.MessageRef.encode(message.refs[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an ExpireBatch message from the specified reader or buffer.
             * @function decode
             * @memberof fedmq.v1.ExpireBatch
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {fedmq.v1.ExpireBatch & fedmq.v1.ExpireBatch.$Shape} ExpireBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ExpireBatch.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.fedmq.v1.ExpireBatch();
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
                            if (!(message.refs && message.refs.length))
                                message.refs = [];
                            message.refs.push($root.fedmq.v1.MessageRef.decode(reader, reader.size(), $undefined, _depth + 1));
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

            return ExpireBatch;
        })();

        v1.PurgeDestination = (function() {

            /**
             * Properties of a PurgeDestination.
             * @typedef {Object} fedmq.v1.PurgeDestination.$Properties
             * @property {number|null} [destId] PurgeDestination destId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PurgeDestination.
             * @memberof fedmq.v1
             * @interface IPurgeDestination
             * @augments fedmq.v1.PurgeDestination.$Properties
             * @deprecated Use fedmq.v1.PurgeDestination.$Properties instead.
             */

            /**
             * Shape of a PurgeDestination.
             * @typedef {fedmq.v1.PurgeDestination.$Properties} fedmq.v1.PurgeDestination.$Shape
             */

            /**
             * Constructs a new PurgeDestination.
             * @memberof fedmq.v1
             * @classdesc Represents a PurgeDestination.
             * @constructor
             * @param {fedmq.v1.PurgeDestination.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PurgeDestination = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * PurgeDestination destId.
             * @member {number} destId
             * @memberof fedmq.v1.PurgeDestination
             * @instance
             */
            PurgeDestination.prototype.destId = 0;

            /**
             * Creates a new PurgeDestination instance using the specified properties.
             * @function create
             * @memberof fedmq.v1.PurgeDestination
             * @static
             * @param {fedmq.v1.PurgeDestination.$Properties=} [properties] Properties to set
             * @returns {fedmq.v1.PurgeDestination} PurgeDestination instance
             * @type {{
             *   (properties: fedmq.v1.PurgeDestination.$Shape): fedmq.v1.PurgeDestination & fedmq.v1.PurgeDestination.$Shape;
             *   (properties?: fedmq.v1.PurgeDestination.$Properties): fedmq.v1.PurgeDestination;
             * }}
             */
            PurgeDestination.create = function(properties) {
                return new PurgeDestination(properties);
            };

            /**
             * Encodes the specified PurgeDestination message. Does not implicitly {@link fedmq.v1.PurgeDestination.verify|verify} messages.
             * @function encode
             * @memberof fedmq.v1.PurgeDestination
             * @static
             * @param {fedmq.v1.PurgeDestination.$Properties} message PurgeDestination message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PurgeDestination.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.destId != null && $Object.hasOwnProperty.call(message, "destId") && message.destId !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.destId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a PurgeDestination message from the specified reader or buffer.
             * @function decode
             * @memberof fedmq.v1.PurgeDestination
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {fedmq.v1.PurgeDestination & fedmq.v1.PurgeDestination.$Shape} PurgeDestination
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PurgeDestination.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.fedmq.v1.PurgeDestination();
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
                                message.destId = value;
                            else
                                delete message.destId;
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

            return PurgeDestination;
        })();

        v1.EnsureDestination = (function() {

            /**
             * Properties of an EnsureDestination.
             * @typedef {Object} fedmq.v1.EnsureDestination.$Properties
             * @property {fedmq.v1.Destination.$Properties|null} [destination] EnsureDestination destination
             * @property {boolean|null} [temporary] EnsureDestination temporary
             * @property {string|null} [ownerSession] EnsureDestination ownerSession
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an EnsureDestination.
             * @memberof fedmq.v1
             * @interface IEnsureDestination
             * @augments fedmq.v1.EnsureDestination.$Properties
             * @deprecated Use fedmq.v1.EnsureDestination.$Properties instead.
             */

            /**
             * Shape of an EnsureDestination.
             * @typedef {fedmq.v1.EnsureDestination.$Properties} fedmq.v1.EnsureDestination.$Shape
             */

            /**
             * Constructs a new EnsureDestination.
             * @memberof fedmq.v1
             * @classdesc Represents an EnsureDestination.
             * @constructor
             * @param {fedmq.v1.EnsureDestination.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const EnsureDestination = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * EnsureDestination destination.
             * @member {fedmq.v1.Destination.$Properties|null|undefined} destination
             * @memberof fedmq.v1.EnsureDestination
             * @instance
             */
            EnsureDestination.prototype.destination = null;

            /**
             * EnsureDestination temporary.
             * @member {boolean} temporary
             * @memberof fedmq.v1.EnsureDestination
             * @instance
             */
            EnsureDestination.prototype.temporary = false;

            /**
             * EnsureDestination ownerSession.
             * @member {string} ownerSession
             * @memberof fedmq.v1.EnsureDestination
             * @instance
             */
            EnsureDestination.prototype.ownerSession = "";

            /**
             * Creates a new EnsureDestination instance using the specified properties.
             * @function create
             * @memberof fedmq.v1.EnsureDestination
             * @static
             * @param {fedmq.v1.EnsureDestination.$Properties=} [properties] Properties to set
             * @returns {fedmq.v1.EnsureDestination} EnsureDestination instance
             * @type {{
             *   (properties: fedmq.v1.EnsureDestination.$Shape): fedmq.v1.EnsureDestination & fedmq.v1.EnsureDestination.$Shape;
             *   (properties?: fedmq.v1.EnsureDestination.$Properties): fedmq.v1.EnsureDestination;
             * }}
             */
            EnsureDestination.create = function(properties) {
                return new EnsureDestination(properties);
            };

            /**
             * Encodes the specified EnsureDestination message. Does not implicitly {@link fedmq.v1.EnsureDestination.verify|verify} messages.
             * @function encode
             * @memberof fedmq.v1.EnsureDestination
             * @static
             * @param {fedmq.v1.EnsureDestination.$Properties} message EnsureDestination message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            EnsureDestination.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.destination != null && $Object.hasOwnProperty.call(message, "destination"))
                    $root.fedmq.v1.Destination.encode(message.destination, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.temporary != null && $Object.hasOwnProperty.call(message, "temporary") && message.temporary !== false)
                    writer.uint32(/* id 2, wireType 0 =*/16).bool(message.temporary);
                if (message.ownerSession != null && $Object.hasOwnProperty.call(message, "ownerSession") && message.ownerSession !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.ownerSession);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an EnsureDestination message from the specified reader or buffer.
             * @function decode
             * @memberof fedmq.v1.EnsureDestination
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {fedmq.v1.EnsureDestination & fedmq.v1.EnsureDestination.$Shape} EnsureDestination
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            EnsureDestination.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.fedmq.v1.EnsureDestination();
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
                            message.destination = $root.fedmq.v1.Destination.decode(reader, reader.size(), $undefined, _depth + 1, message.destination);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.temporary = value;
                            else
                                delete message.temporary;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.ownerSession = value;
                            else
                                delete message.ownerSession;
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

            return EnsureDestination;
        })();

        v1.DeleteDestination = (function() {

            /**
             * Properties of a DeleteDestination.
             * @typedef {Object} fedmq.v1.DeleteDestination.$Properties
             * @property {number|null} [destId] DeleteDestination destId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DeleteDestination.
             * @memberof fedmq.v1
             * @interface IDeleteDestination
             * @augments fedmq.v1.DeleteDestination.$Properties
             * @deprecated Use fedmq.v1.DeleteDestination.$Properties instead.
             */

            /**
             * Shape of a DeleteDestination.
             * @typedef {fedmq.v1.DeleteDestination.$Properties} fedmq.v1.DeleteDestination.$Shape
             */

            /**
             * Constructs a new DeleteDestination.
             * @memberof fedmq.v1
             * @classdesc Represents a DeleteDestination.
             * @constructor
             * @param {fedmq.v1.DeleteDestination.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DeleteDestination = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * DeleteDestination destId.
             * @member {number} destId
             * @memberof fedmq.v1.DeleteDestination
             * @instance
             */
            DeleteDestination.prototype.destId = 0;

            /**
             * Creates a new DeleteDestination instance using the specified properties.
             * @function create
             * @memberof fedmq.v1.DeleteDestination
             * @static
             * @param {fedmq.v1.DeleteDestination.$Properties=} [properties] Properties to set
             * @returns {fedmq.v1.DeleteDestination} DeleteDestination instance
             * @type {{
             *   (properties: fedmq.v1.DeleteDestination.$Shape): fedmq.v1.DeleteDestination & fedmq.v1.DeleteDestination.$Shape;
             *   (properties?: fedmq.v1.DeleteDestination.$Properties): fedmq.v1.DeleteDestination;
             * }}
             */
            DeleteDestination.create = function(properties) {
                return new DeleteDestination(properties);
            };

            /**
             * Encodes the specified DeleteDestination message. Does not implicitly {@link fedmq.v1.DeleteDestination.verify|verify} messages.
             * @function encode
             * @memberof fedmq.v1.DeleteDestination
             * @static
             * @param {fedmq.v1.DeleteDestination.$Properties} message DeleteDestination message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DeleteDestination.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.destId != null && $Object.hasOwnProperty.call(message, "destId") && message.destId !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.destId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a DeleteDestination message from the specified reader or buffer.
             * @function decode
             * @memberof fedmq.v1.DeleteDestination
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {fedmq.v1.DeleteDestination & fedmq.v1.DeleteDestination.$Shape} DeleteDestination
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DeleteDestination.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.fedmq.v1.DeleteDestination();
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
                                message.destId = value;
                            else
                                delete message.destId;
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

            return DeleteDestination;
        })();

        v1.DurableSubscribe = (function() {

            /**
             * Properties of a DurableSubscribe.
             * @typedef {Object} fedmq.v1.DurableSubscribe.$Properties
             * @property {string|null} [clientId] DurableSubscribe clientId
             * @property {string|null} [name] DurableSubscribe name
             * @property {fedmq.v1.Destination.$Properties|null} [topic] DurableSubscribe topic
             * @property {string|null} [selector] DurableSubscribe selector
             * @property {number|null} [messagesMax] DurableSubscribe messagesMax
             * @property {boolean|null} [dropOldest] DurableSubscribe dropOldest
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DurableSubscribe.
             * @memberof fedmq.v1
             * @interface IDurableSubscribe
             * @augments fedmq.v1.DurableSubscribe.$Properties
             * @deprecated Use fedmq.v1.DurableSubscribe.$Properties instead.
             */

            /**
             * Shape of a DurableSubscribe.
             * @typedef {fedmq.v1.DurableSubscribe.$Properties} fedmq.v1.DurableSubscribe.$Shape
             */

            /**
             * Constructs a new DurableSubscribe.
             * @memberof fedmq.v1
             * @classdesc Represents a DurableSubscribe.
             * @constructor
             * @param {fedmq.v1.DurableSubscribe.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DurableSubscribe = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * DurableSubscribe clientId.
             * @member {string} clientId
             * @memberof fedmq.v1.DurableSubscribe
             * @instance
             */
            DurableSubscribe.prototype.clientId = "";

            /**
             * DurableSubscribe name.
             * @member {string} name
             * @memberof fedmq.v1.DurableSubscribe
             * @instance
             */
            DurableSubscribe.prototype.name = "";

            /**
             * DurableSubscribe topic.
             * @member {fedmq.v1.Destination.$Properties|null|undefined} topic
             * @memberof fedmq.v1.DurableSubscribe
             * @instance
             */
            DurableSubscribe.prototype.topic = null;

            /**
             * DurableSubscribe selector.
             * @member {string} selector
             * @memberof fedmq.v1.DurableSubscribe
             * @instance
             */
            DurableSubscribe.prototype.selector = "";

            /**
             * DurableSubscribe messagesMax.
             * @member {number} messagesMax
             * @memberof fedmq.v1.DurableSubscribe
             * @instance
             */
            DurableSubscribe.prototype.messagesMax = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * DurableSubscribe dropOldest.
             * @member {boolean} dropOldest
             * @memberof fedmq.v1.DurableSubscribe
             * @instance
             */
            DurableSubscribe.prototype.dropOldest = false;

            /**
             * Creates a new DurableSubscribe instance using the specified properties.
             * @function create
             * @memberof fedmq.v1.DurableSubscribe
             * @static
             * @param {fedmq.v1.DurableSubscribe.$Properties=} [properties] Properties to set
             * @returns {fedmq.v1.DurableSubscribe} DurableSubscribe instance
             * @type {{
             *   (properties: fedmq.v1.DurableSubscribe.$Shape): fedmq.v1.DurableSubscribe & fedmq.v1.DurableSubscribe.$Shape;
             *   (properties?: fedmq.v1.DurableSubscribe.$Properties): fedmq.v1.DurableSubscribe;
             * }}
             */
            DurableSubscribe.create = function(properties) {
                return new DurableSubscribe(properties);
            };

            /**
             * Encodes the specified DurableSubscribe message. Does not implicitly {@link fedmq.v1.DurableSubscribe.verify|verify} messages.
             * @function encode
             * @memberof fedmq.v1.DurableSubscribe
             * @static
             * @param {fedmq.v1.DurableSubscribe.$Properties} message DurableSubscribe message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DurableSubscribe.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.clientId != null && $Object.hasOwnProperty.call(message, "clientId") && message.clientId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.clientId);
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.name);
                if (message.topic != null && $Object.hasOwnProperty.call(message, "topic"))
                    $root.fedmq.v1.Destination.encode(message.topic, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.selector != null && $Object.hasOwnProperty.call(message, "selector") && message.selector !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.selector);
                if (message.messagesMax != null && $Object.hasOwnProperty.call(message, "messagesMax") && (typeof message.messagesMax === "object" ? message.messagesMax.low || message.messagesMax.high : message.messagesMax !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.messagesMax);
                if (message.dropOldest != null && $Object.hasOwnProperty.call(message, "dropOldest") && message.dropOldest !== false)
                    writer.uint32(/* id 6, wireType 0 =*/48).bool(message.dropOldest);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a DurableSubscribe message from the specified reader or buffer.
             * @function decode
             * @memberof fedmq.v1.DurableSubscribe
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {fedmq.v1.DurableSubscribe & fedmq.v1.DurableSubscribe.$Shape} DurableSubscribe
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DurableSubscribe.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.fedmq.v1.DurableSubscribe();
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
                                message.clientId = value;
                            else
                                delete message.clientId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.topic = $root.fedmq.v1.Destination.decode(reader, reader.size(), $undefined, _depth + 1, message.topic);
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.selector = value;
                            else
                                delete message.selector;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.messagesMax = value;
                            else
                                delete message.messagesMax;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.dropOldest = value;
                            else
                                delete message.dropOldest;
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

            return DurableSubscribe;
        })();

        v1.DurableActivity = (function() {

            /**
             * Properties of a DurableActivity.
             * @typedef {Object} fedmq.v1.DurableActivity.$Properties
             * @property {string|null} [clientId] DurableActivity clientId
             * @property {string|null} [name] DurableActivity name
             * @property {boolean|null} [active] DurableActivity active
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DurableActivity.
             * @memberof fedmq.v1
             * @interface IDurableActivity
             * @augments fedmq.v1.DurableActivity.$Properties
             * @deprecated Use fedmq.v1.DurableActivity.$Properties instead.
             */

            /**
             * Shape of a DurableActivity.
             * @typedef {fedmq.v1.DurableActivity.$Properties} fedmq.v1.DurableActivity.$Shape
             */

            /**
             * Constructs a new DurableActivity.
             * @memberof fedmq.v1
             * @classdesc Represents a DurableActivity.
             * @constructor
             * @param {fedmq.v1.DurableActivity.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DurableActivity = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * DurableActivity clientId.
             * @member {string} clientId
             * @memberof fedmq.v1.DurableActivity
             * @instance
             */
            DurableActivity.prototype.clientId = "";

            /**
             * DurableActivity name.
             * @member {string} name
             * @memberof fedmq.v1.DurableActivity
             * @instance
             */
            DurableActivity.prototype.name = "";

            /**
             * DurableActivity active.
             * @member {boolean} active
             * @memberof fedmq.v1.DurableActivity
             * @instance
             */
            DurableActivity.prototype.active = false;

            /**
             * Creates a new DurableActivity instance using the specified properties.
             * @function create
             * @memberof fedmq.v1.DurableActivity
             * @static
             * @param {fedmq.v1.DurableActivity.$Properties=} [properties] Properties to set
             * @returns {fedmq.v1.DurableActivity} DurableActivity instance
             * @type {{
             *   (properties: fedmq.v1.DurableActivity.$Shape): fedmq.v1.DurableActivity & fedmq.v1.DurableActivity.$Shape;
             *   (properties?: fedmq.v1.DurableActivity.$Properties): fedmq.v1.DurableActivity;
             * }}
             */
            DurableActivity.create = function(properties) {
                return new DurableActivity(properties);
            };

            /**
             * Encodes the specified DurableActivity message. Does not implicitly {@link fedmq.v1.DurableActivity.verify|verify} messages.
             * @function encode
             * @memberof fedmq.v1.DurableActivity
             * @static
             * @param {fedmq.v1.DurableActivity.$Properties} message DurableActivity message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DurableActivity.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.clientId != null && $Object.hasOwnProperty.call(message, "clientId") && message.clientId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.clientId);
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.name);
                if (message.active != null && $Object.hasOwnProperty.call(message, "active") && message.active !== false)
                    writer.uint32(/* id 3, wireType 0 =*/24).bool(message.active);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a DurableActivity message from the specified reader or buffer.
             * @function decode
             * @memberof fedmq.v1.DurableActivity
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {fedmq.v1.DurableActivity & fedmq.v1.DurableActivity.$Shape} DurableActivity
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DurableActivity.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.fedmq.v1.DurableActivity();
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
                                message.clientId = value;
                            else
                                delete message.clientId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.active = value;
                            else
                                delete message.active;
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

            return DurableActivity;
        })();

        v1.RemoveDurable = (function() {

            /**
             * Properties of a RemoveDurable.
             * @typedef {Object} fedmq.v1.RemoveDurable.$Properties
             * @property {string|null} [clientId] RemoveDurable clientId
             * @property {string|null} [name] RemoveDurable name
             * @property {string|null} [reason] RemoveDurable reason
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RemoveDurable.
             * @memberof fedmq.v1
             * @interface IRemoveDurable
             * @augments fedmq.v1.RemoveDurable.$Properties
             * @deprecated Use fedmq.v1.RemoveDurable.$Properties instead.
             */

            /**
             * Shape of a RemoveDurable.
             * @typedef {fedmq.v1.RemoveDurable.$Properties} fedmq.v1.RemoveDurable.$Shape
             */

            /**
             * Constructs a new RemoveDurable.
             * @memberof fedmq.v1
             * @classdesc Represents a RemoveDurable.
             * @constructor
             * @param {fedmq.v1.RemoveDurable.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RemoveDurable = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RemoveDurable clientId.
             * @member {string} clientId
             * @memberof fedmq.v1.RemoveDurable
             * @instance
             */
            RemoveDurable.prototype.clientId = "";

            /**
             * RemoveDurable name.
             * @member {string} name
             * @memberof fedmq.v1.RemoveDurable
             * @instance
             */
            RemoveDurable.prototype.name = "";

            /**
             * RemoveDurable reason.
             * @member {string} reason
             * @memberof fedmq.v1.RemoveDurable
             * @instance
             */
            RemoveDurable.prototype.reason = "";

            /**
             * Creates a new RemoveDurable instance using the specified properties.
             * @function create
             * @memberof fedmq.v1.RemoveDurable
             * @static
             * @param {fedmq.v1.RemoveDurable.$Properties=} [properties] Properties to set
             * @returns {fedmq.v1.RemoveDurable} RemoveDurable instance
             * @type {{
             *   (properties: fedmq.v1.RemoveDurable.$Shape): fedmq.v1.RemoveDurable & fedmq.v1.RemoveDurable.$Shape;
             *   (properties?: fedmq.v1.RemoveDurable.$Properties): fedmq.v1.RemoveDurable;
             * }}
             */
            RemoveDurable.create = function(properties) {
                return new RemoveDurable(properties);
            };

            /**
             * Encodes the specified RemoveDurable message. Does not implicitly {@link fedmq.v1.RemoveDurable.verify|verify} messages.
             * @function encode
             * @memberof fedmq.v1.RemoveDurable
             * @static
             * @param {fedmq.v1.RemoveDurable.$Properties} message RemoveDurable message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RemoveDurable.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.clientId != null && $Object.hasOwnProperty.call(message, "clientId") && message.clientId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.clientId);
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.name);
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.reason);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a RemoveDurable message from the specified reader or buffer.
             * @function decode
             * @memberof fedmq.v1.RemoveDurable
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {fedmq.v1.RemoveDurable & fedmq.v1.RemoveDurable.$Shape} RemoveDurable
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RemoveDurable.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.fedmq.v1.RemoveDurable();
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
                                message.clientId = value;
                            else
                                delete message.clientId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 3: {
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

            return RemoveDurable;
        })();

        v1.TransactionCommit = (function() {

            /**
             * Properties of a TransactionCommit.
             * @typedef {Object} fedmq.v1.TransactionCommit.$Properties
             * @property {string|null} [transactionId] TransactionCommit transactionId
             * @property {Array.<fedmq.v1.Message.$Properties>|null} [sends] TransactionCommit sends
             * @property {Array.<fedmq.v1.MessageRef.$Properties>|null} [acks] TransactionCommit acks
             * @property {boolean|null} [autoCreate] TransactionCommit autoCreate
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a TransactionCommit.
             * @memberof fedmq.v1
             * @interface ITransactionCommit
             * @augments fedmq.v1.TransactionCommit.$Properties
             * @deprecated Use fedmq.v1.TransactionCommit.$Properties instead.
             */

            /**
             * Shape of a TransactionCommit.
             * @typedef {{
             *   transactionId?: string|null;
             *   sends?: Array.<fedmq.v1.Message.$Shape>|null;
             *   acks?: Array.<fedmq.v1.MessageRef.$Shape>|null;
             *   autoCreate?: boolean|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} fedmq.v1.TransactionCommit.$Shape
             */

            /**
             * Constructs a new TransactionCommit.
             * @memberof fedmq.v1
             * @classdesc Represents a TransactionCommit.
             * @constructor
             * @param {fedmq.v1.TransactionCommit.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const TransactionCommit = function (properties) {
                this.sends = [];
                this.acks = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * TransactionCommit transactionId.
             * @member {string} transactionId
             * @memberof fedmq.v1.TransactionCommit
             * @instance
             */
            TransactionCommit.prototype.transactionId = "";

            /**
             * TransactionCommit sends.
             * @member {Array.<fedmq.v1.Message.$Properties>} sends
             * @memberof fedmq.v1.TransactionCommit
             * @instance
             */
            TransactionCommit.prototype.sends = $util.emptyArray;

            /**
             * TransactionCommit acks.
             * @member {Array.<fedmq.v1.MessageRef.$Properties>} acks
             * @memberof fedmq.v1.TransactionCommit
             * @instance
             */
            TransactionCommit.prototype.acks = $util.emptyArray;

            /**
             * TransactionCommit autoCreate.
             * @member {boolean} autoCreate
             * @memberof fedmq.v1.TransactionCommit
             * @instance
             */
            TransactionCommit.prototype.autoCreate = false;

            /**
             * Creates a new TransactionCommit instance using the specified properties.
             * @function create
             * @memberof fedmq.v1.TransactionCommit
             * @static
             * @param {fedmq.v1.TransactionCommit.$Properties=} [properties] Properties to set
             * @returns {fedmq.v1.TransactionCommit} TransactionCommit instance
             * @type {{
             *   (properties: fedmq.v1.TransactionCommit.$Shape): fedmq.v1.TransactionCommit & fedmq.v1.TransactionCommit.$Shape;
             *   (properties?: fedmq.v1.TransactionCommit.$Properties): fedmq.v1.TransactionCommit;
             * }}
             */
            TransactionCommit.create = function(properties) {
                return new TransactionCommit(properties);
            };

            /**
             * Encodes the specified TransactionCommit message. Does not implicitly {@link fedmq.v1.TransactionCommit.verify|verify} messages.
             * @function encode
             * @memberof fedmq.v1.TransactionCommit
             * @static
             * @param {fedmq.v1.TransactionCommit.$Properties} message TransactionCommit message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TransactionCommit.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.transactionId != null && $Object.hasOwnProperty.call(message, "transactionId") && message.transactionId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.transactionId);
                if (message.sends != null && message.sends.length)
                    for (let i = 0; i < message.sends.length; ++i)
                        $root.fedmq.v1.Message.encode(message.sends[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.acks != null && message.acks.length)
                    for (let i = 0; i < message.acks.length; ++i)
                        $root.fedmq.v1.MessageRef.encode(message.acks[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.autoCreate != null && $Object.hasOwnProperty.call(message, "autoCreate") && message.autoCreate !== false)
                    writer.uint32(/* id 4, wireType 0 =*/32).bool(message.autoCreate);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a TransactionCommit message from the specified reader or buffer.
             * @function decode
             * @memberof fedmq.v1.TransactionCommit
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {fedmq.v1.TransactionCommit & fedmq.v1.TransactionCommit.$Shape} TransactionCommit
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TransactionCommit.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.fedmq.v1.TransactionCommit();
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
                                message.transactionId = value;
                            else
                                delete message.transactionId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.sends && message.sends.length))
                                message.sends = [];
                            message.sends.push($root.fedmq.v1.Message.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.acks && message.acks.length))
                                message.acks = [];
                            message.acks.push($root.fedmq.v1.MessageRef.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.autoCreate = value;
                            else
                                delete message.autoCreate;
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

            return TransactionCommit;
        })();

        v1.BridgeBatchCommand = (function() {

            /**
             * Properties of a BridgeBatchCommand.
             * @typedef {Object} fedmq.v1.BridgeBatchCommand.$Properties
             * @property {string|null} [originSite] BridgeBatchCommand originSite
             * @property {string|null} [bridge] BridgeBatchCommand bridge
             * @property {fedmq.v1.Fence.$Properties|null} [fence] BridgeBatchCommand fence
             * @property {Array.<fedmq.v1.BridgedMessage.$Properties>|null} [messages] BridgeBatchCommand messages
             * @property {boolean|null} [autoCreate] BridgeBatchCommand autoCreate
             * @property {number|null} [hopLimit] BridgeBatchCommand hopLimit
             * @property {Array.<number>|null} [dispatchNow] BridgeBatchCommand dispatchNow
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a BridgeBatchCommand.
             * @memberof fedmq.v1
             * @interface IBridgeBatchCommand
             * @augments fedmq.v1.BridgeBatchCommand.$Properties
             * @deprecated Use fedmq.v1.BridgeBatchCommand.$Properties instead.
             */

            /**
             * Shape of a BridgeBatchCommand.
             * @typedef {{
             *   originSite?: string|null;
             *   bridge?: string|null;
             *   fence?: fedmq.v1.Fence.$Shape|null;
             *   messages?: Array.<fedmq.v1.BridgedMessage.$Shape>|null;
             *   autoCreate?: boolean|null;
             *   hopLimit?: number|null;
             *   dispatchNow?: Array.<number>|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} fedmq.v1.BridgeBatchCommand.$Shape
             */

            /**
             * Constructs a new BridgeBatchCommand.
             * @memberof fedmq.v1
             * @classdesc Represents a BridgeBatchCommand.
             * @constructor
             * @param {fedmq.v1.BridgeBatchCommand.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const BridgeBatchCommand = function (properties) {
                this.messages = [];
                this.dispatchNow = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * BridgeBatchCommand originSite.
             * @member {string} originSite
             * @memberof fedmq.v1.BridgeBatchCommand
             * @instance
             */
            BridgeBatchCommand.prototype.originSite = "";

            /**
             * BridgeBatchCommand bridge.
             * @member {string} bridge
             * @memberof fedmq.v1.BridgeBatchCommand
             * @instance
             */
            BridgeBatchCommand.prototype.bridge = "";

            /**
             * BridgeBatchCommand fence.
             * @member {fedmq.v1.Fence.$Properties|null|undefined} fence
             * @memberof fedmq.v1.BridgeBatchCommand
             * @instance
             */
            BridgeBatchCommand.prototype.fence = null;

            /**
             * BridgeBatchCommand messages.
             * @member {Array.<fedmq.v1.BridgedMessage.$Properties>} messages
             * @memberof fedmq.v1.BridgeBatchCommand
             * @instance
             */
            BridgeBatchCommand.prototype.messages = $util.emptyArray;

            /**
             * BridgeBatchCommand autoCreate.
             * @member {boolean} autoCreate
             * @memberof fedmq.v1.BridgeBatchCommand
             * @instance
             */
            BridgeBatchCommand.prototype.autoCreate = false;

            /**
             * BridgeBatchCommand hopLimit.
             * @member {number} hopLimit
             * @memberof fedmq.v1.BridgeBatchCommand
             * @instance
             */
            BridgeBatchCommand.prototype.hopLimit = 0;

            /**
             * BridgeBatchCommand dispatchNow.
             * @member {Array.<number>} dispatchNow
             * @memberof fedmq.v1.BridgeBatchCommand
             * @instance
             */
            BridgeBatchCommand.prototype.dispatchNow = $util.emptyArray;

            /**
             * Creates a new BridgeBatchCommand instance using the specified properties.
             * @function create
             * @memberof fedmq.v1.BridgeBatchCommand
             * @static
             * @param {fedmq.v1.BridgeBatchCommand.$Properties=} [properties] Properties to set
             * @returns {fedmq.v1.BridgeBatchCommand} BridgeBatchCommand instance
             * @type {{
             *   (properties: fedmq.v1.BridgeBatchCommand.$Shape): fedmq.v1.BridgeBatchCommand & fedmq.v1.BridgeBatchCommand.$Shape;
             *   (properties?: fedmq.v1.BridgeBatchCommand.$Properties): fedmq.v1.BridgeBatchCommand;
             * }}
             */
            BridgeBatchCommand.create = function(properties) {
                return new BridgeBatchCommand(properties);
            };

            /**
             * Encodes the specified BridgeBatchCommand message. Does not implicitly {@link fedmq.v1.BridgeBatchCommand.verify|verify} messages.
             * @function encode
             * @memberof fedmq.v1.BridgeBatchCommand
             * @static
             * @param {fedmq.v1.BridgeBatchCommand.$Properties} message BridgeBatchCommand message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            BridgeBatchCommand.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.originSite != null && $Object.hasOwnProperty.call(message, "originSite") && message.originSite !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.originSite);
                if (message.bridge != null && $Object.hasOwnProperty.call(message, "bridge") && message.bridge !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.bridge);
                if (message.fence != null && $Object.hasOwnProperty.call(message, "fence"))
                    $root.fedmq.v1.Fence.encode(message.fence, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.messages != null && message.messages.length)
                    for (let i = 0; i < message.messages.length; ++i)
                        $root.fedmq.v1.BridgedMessage.encode(message.messages[i], writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.autoCreate != null && $Object.hasOwnProperty.call(message, "autoCreate") && message.autoCreate !== false)
                    writer.uint32(/* id 5, wireType 0 =*/40).bool(message.autoCreate);
                if (message.hopLimit != null && $Object.hasOwnProperty.call(message, "hopLimit") && message.hopLimit !== 0)
                    writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.hopLimit);
                if (message.dispatchNow != null && message.dispatchNow.length)
                    writer.uint32(/* id 7, wireType 2 =*/58).uint32s(message.dispatchNow);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a BridgeBatchCommand message from the specified reader or buffer.
             * @function decode
             * @memberof fedmq.v1.BridgeBatchCommand
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {fedmq.v1.BridgeBatchCommand & fedmq.v1.BridgeBatchCommand.$Shape} BridgeBatchCommand
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            BridgeBatchCommand.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.fedmq.v1.BridgeBatchCommand();
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
                                message.originSite = value;
                            else
                                delete message.originSite;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.bridge = value;
                            else
                                delete message.bridge;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.fence = $root.fedmq.v1.Fence.decode(reader, reader.size(), $undefined, _depth + 1, message.fence);
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (!(message.messages && message.messages.length))
                                message.messages = [];
                            message.messages.push($root.fedmq.v1.BridgedMessage.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.autoCreate = value;
                            else
                                delete message.autoCreate;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.hopLimit = value;
                            else
                                delete message.hopLimit;
                            continue;
                        }
                    case 7: {
                            if (wireType === 2) {
                                if (!(message.dispatchNow && message.dispatchNow.length))
                                    message.dispatchNow = [];
                                reader.uint32s(message.dispatchNow);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.dispatchNow && message.dispatchNow.length))
                                message.dispatchNow = [];
                            message.dispatchNow.push(reader.uint32());
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

            return BridgeBatchCommand;
        })();

        v1.SetPolicy = (function() {

            /**
             * Properties of a SetPolicy.
             * @typedef {Object} fedmq.v1.SetPolicy.$Properties
             * @property {fedmq.v1.BrokerPolicy.$Properties|null} [policy] SetPolicy policy
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SetPolicy.
             * @memberof fedmq.v1
             * @interface ISetPolicy
             * @augments fedmq.v1.SetPolicy.$Properties
             * @deprecated Use fedmq.v1.SetPolicy.$Properties instead.
             */

            /**
             * Shape of a SetPolicy.
             * @typedef {fedmq.v1.SetPolicy.$Properties} fedmq.v1.SetPolicy.$Shape
             */

            /**
             * Constructs a new SetPolicy.
             * @memberof fedmq.v1
             * @classdesc Represents a SetPolicy.
             * @constructor
             * @param {fedmq.v1.SetPolicy.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SetPolicy = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SetPolicy policy.
             * @member {fedmq.v1.BrokerPolicy.$Properties|null|undefined} policy
             * @memberof fedmq.v1.SetPolicy
             * @instance
             */
            SetPolicy.prototype.policy = null;

            /**
             * Creates a new SetPolicy instance using the specified properties.
             * @function create
             * @memberof fedmq.v1.SetPolicy
             * @static
             * @param {fedmq.v1.SetPolicy.$Properties=} [properties] Properties to set
             * @returns {fedmq.v1.SetPolicy} SetPolicy instance
             * @type {{
             *   (properties: fedmq.v1.SetPolicy.$Shape): fedmq.v1.SetPolicy & fedmq.v1.SetPolicy.$Shape;
             *   (properties?: fedmq.v1.SetPolicy.$Properties): fedmq.v1.SetPolicy;
             * }}
             */
            SetPolicy.create = function(properties) {
                return new SetPolicy(properties);
            };

            /**
             * Encodes the specified SetPolicy message. Does not implicitly {@link fedmq.v1.SetPolicy.verify|verify} messages.
             * @function encode
             * @memberof fedmq.v1.SetPolicy
             * @static
             * @param {fedmq.v1.SetPolicy.$Properties} message SetPolicy message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SetPolicy.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.policy != null && $Object.hasOwnProperty.call(message, "policy"))
                    $root.fedmq.v1.BrokerPolicy.encode(message.policy, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a SetPolicy message from the specified reader or buffer.
             * @function decode
             * @memberof fedmq.v1.SetPolicy
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {fedmq.v1.SetPolicy & fedmq.v1.SetPolicy.$Shape} SetPolicy
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SetPolicy.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.fedmq.v1.SetPolicy();
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
                            message.policy = $root.fedmq.v1.BrokerPolicy.decode(reader, reader.size(), $undefined, _depth + 1, message.policy);
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

            return SetPolicy;
        })();

        v1.BrokerCommand = (function() {

            /**
             * Properties of a BrokerCommand.
             * @typedef {Object} fedmq.v1.BrokerCommand.$Properties
             * @property {number|null} [format] BrokerCommand format
             * @property {number|null} [leaderTimeMs] BrokerCommand leaderTimeMs
             * @property {fedmq.v1.SendBatch.$Properties|null} [send] BrokerCommand send
             * @property {fedmq.v1.AckBatch.$Properties|null} [ack] BrokerCommand ack
             * @property {fedmq.v1.ReleaseBatch.$Properties|null} [release] BrokerCommand release
             * @property {fedmq.v1.DispatchBatch.$Properties|null} [dispatch] BrokerCommand dispatch
             * @property {fedmq.v1.RecoverDeliveries.$Properties|null} [recover] BrokerCommand recover
             * @property {fedmq.v1.ExpireBatch.$Properties|null} [expire] BrokerCommand expire
             * @property {fedmq.v1.PurgeDestination.$Properties|null} [purge] BrokerCommand purge
             * @property {fedmq.v1.EnsureDestination.$Properties|null} [ensure] BrokerCommand ensure
             * @property {fedmq.v1.DeleteDestination.$Properties|null} ["delete"] BrokerCommand delete
             * @property {fedmq.v1.DurableSubscribe.$Properties|null} [durableSubscribe] BrokerCommand durableSubscribe
             * @property {fedmq.v1.DurableActivity.$Properties|null} [durableActivity] BrokerCommand durableActivity
             * @property {fedmq.v1.RemoveDurable.$Properties|null} [removeDurable] BrokerCommand removeDurable
             * @property {fedmq.v1.TransactionCommit.$Properties|null} [transaction] BrokerCommand transaction
             * @property {fedmq.v1.SetPolicy.$Properties|null} [policy] BrokerCommand policy
             * @property {fedmq.v1.BridgeBatchCommand.$Properties|null} [bridge] BrokerCommand bridge
             * @property {"send"|"ack"|"release"|"dispatch"|"recover"|"expire"|"purge"|"ensure"|"delete"|"durableSubscribe"|"durableActivity"|"removeDurable"|"transaction"|"policy"|"bridge"} [op] BrokerCommand op
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a BrokerCommand.
             * @memberof fedmq.v1
             * @interface IBrokerCommand
             * @augments fedmq.v1.BrokerCommand.$Properties
             * @deprecated Use fedmq.v1.BrokerCommand.$Properties instead.
             */

            /**
             * Narrowed shape of a BrokerCommand.
             * @typedef {{
             *   format?: number|null;
             *   leaderTimeMs?: number|null;
             *   send?: fedmq.v1.SendBatch.$Shape|null;
             *   ack?: fedmq.v1.AckBatch.$Shape|null;
             *   release?: fedmq.v1.ReleaseBatch.$Shape|null;
             *   dispatch?: fedmq.v1.DispatchBatch.$Shape|null;
             *   recover?: fedmq.v1.RecoverDeliveries.$Shape|null;
             *   expire?: fedmq.v1.ExpireBatch.$Shape|null;
             *   purge?: fedmq.v1.PurgeDestination.$Shape|null;
             *   ensure?: fedmq.v1.EnsureDestination.$Shape|null;
             *   "delete"?: fedmq.v1.DeleteDestination.$Shape|null;
             *   durableSubscribe?: fedmq.v1.DurableSubscribe.$Shape|null;
             *   durableActivity?: fedmq.v1.DurableActivity.$Shape|null;
             *   removeDurable?: fedmq.v1.RemoveDurable.$Shape|null;
             *   transaction?: fedmq.v1.TransactionCommit.$Shape|null;
             *   policy?: fedmq.v1.SetPolicy.$Shape|null;
             *   bridge?: fedmq.v1.BridgeBatchCommand.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ op?: undefined; send?: null; ack?: null; release?: null; dispatch?: null; recover?: null; expire?: null; purge?: null; ensure?: null; "delete"?: null; durableSubscribe?: null; durableActivity?: null; removeDurable?: null; transaction?: null; policy?: null; bridge?: null }|{ op?: "send"; send: fedmq.v1.SendBatch.$Shape; ack?: null; release?: null; dispatch?: null; recover?: null; expire?: null; purge?: null; ensure?: null; "delete"?: null; durableSubscribe?: null; durableActivity?: null; removeDurable?: null; transaction?: null; policy?: null; bridge?: null }|{ op?: "ack"; send?: null; ack: fedmq.v1.AckBatch.$Shape; release?: null; dispatch?: null; recover?: null; expire?: null; purge?: null; ensure?: null; "delete"?: null; durableSubscribe?: null; durableActivity?: null; removeDurable?: null; transaction?: null; policy?: null; bridge?: null }|{ op?: "release"; send?: null; ack?: null; release: fedmq.v1.ReleaseBatch.$Shape; dispatch?: null; recover?: null; expire?: null; purge?: null; ensure?: null; "delete"?: null; durableSubscribe?: null; durableActivity?: null; removeDurable?: null; transaction?: null; policy?: null; bridge?: null }|{ op?: "dispatch"; send?: null; ack?: null; release?: null; dispatch: fedmq.v1.DispatchBatch.$Shape; recover?: null; expire?: null; purge?: null; ensure?: null; "delete"?: null; durableSubscribe?: null; durableActivity?: null; removeDurable?: null; transaction?: null; policy?: null; bridge?: null }|{ op?: "recover"; send?: null; ack?: null; release?: null; dispatch?: null; recover: fedmq.v1.RecoverDeliveries.$Shape; expire?: null; purge?: null; ensure?: null; "delete"?: null; durableSubscribe?: null; durableActivity?: null; removeDurable?: null; transaction?: null; policy?: null; bridge?: null }|{ op?: "expire"; send?: null; ack?: null; release?: null; dispatch?: null; recover?: null; expire: fedmq.v1.ExpireBatch.$Shape; purge?: null; ensure?: null; "delete"?: null; durableSubscribe?: null; durableActivity?: null; removeDurable?: null; transaction?: null; policy?: null; bridge?: null }|{ op?: "purge"; send?: null; ack?: null; release?: null; dispatch?: null; recover?: null; expire?: null; purge: fedmq.v1.PurgeDestination.$Shape; ensure?: null; "delete"?: null; durableSubscribe?: null; durableActivity?: null; removeDurable?: null; transaction?: null; policy?: null; bridge?: null }|{ op?: "ensure"; send?: null; ack?: null; release?: null; dispatch?: null; recover?: null; expire?: null; purge?: null; ensure: fedmq.v1.EnsureDestination.$Shape; "delete"?: null; durableSubscribe?: null; durableActivity?: null; removeDurable?: null; transaction?: null; policy?: null; bridge?: null }|{ op?: "delete"; send?: null; ack?: null; release?: null; dispatch?: null; recover?: null; expire?: null; purge?: null; ensure?: null; "delete": fedmq.v1.DeleteDestination.$Shape; durableSubscribe?: null; durableActivity?: null; removeDurable?: null; transaction?: null; policy?: null; bridge?: null }|{ op?: "durableSubscribe"; send?: null; ack?: null; release?: null; dispatch?: null; recover?: null; expire?: null; purge?: null; ensure?: null; "delete"?: null; durableSubscribe: fedmq.v1.DurableSubscribe.$Shape; durableActivity?: null; removeDurable?: null; transaction?: null; policy?: null; bridge?: null }|{ op?: "durableActivity"; send?: null; ack?: null; release?: null; dispatch?: null; recover?: null; expire?: null; purge?: null; ensure?: null; "delete"?: null; durableSubscribe?: null; durableActivity: fedmq.v1.DurableActivity.$Shape; removeDurable?: null; transaction?: null; policy?: null; bridge?: null }|{ op?: "removeDurable"; send?: null; ack?: null; release?: null; dispatch?: null; recover?: null; expire?: null; purge?: null; ensure?: null; "delete"?: null; durableSubscribe?: null; durableActivity?: null; removeDurable: fedmq.v1.RemoveDurable.$Shape; transaction?: null; policy?: null; bridge?: null }|{ op?: "transaction"; send?: null; ack?: null; release?: null; dispatch?: null; recover?: null; expire?: null; purge?: null; ensure?: null; "delete"?: null; durableSubscribe?: null; durableActivity?: null; removeDurable?: null; transaction: fedmq.v1.TransactionCommit.$Shape; policy?: null; bridge?: null }|{ op?: "policy"; send?: null; ack?: null; release?: null; dispatch?: null; recover?: null; expire?: null; purge?: null; ensure?: null; "delete"?: null; durableSubscribe?: null; durableActivity?: null; removeDurable?: null; transaction?: null; policy: fedmq.v1.SetPolicy.$Shape; bridge?: null }|{ op?: "bridge"; send?: null; ack?: null; release?: null; dispatch?: null; recover?: null; expire?: null; purge?: null; ensure?: null; "delete"?: null; durableSubscribe?: null; durableActivity?: null; removeDurable?: null; transaction?: null; policy?: null; bridge: fedmq.v1.BridgeBatchCommand.$Shape })
             * )} fedmq.v1.BrokerCommand.$Shape
             */

            /**
             * Constructs a new BrokerCommand.
             * @memberof fedmq.v1
             * @classdesc Represents a BrokerCommand.
             * @constructor
             * @param {fedmq.v1.BrokerCommand.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const BrokerCommand = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * BrokerCommand format.
             * @member {number} format
             * @memberof fedmq.v1.BrokerCommand
             * @instance
             */
            BrokerCommand.prototype.format = 0;

            /**
             * BrokerCommand leaderTimeMs.
             * @member {number} leaderTimeMs
             * @memberof fedmq.v1.BrokerCommand
             * @instance
             */
            BrokerCommand.prototype.leaderTimeMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * BrokerCommand send.
             * @member {fedmq.v1.SendBatch.$Properties|null|undefined} send
             * @memberof fedmq.v1.BrokerCommand
             * @instance
             */
            BrokerCommand.prototype.send = null;

            /**
             * BrokerCommand ack.
             * @member {fedmq.v1.AckBatch.$Properties|null|undefined} ack
             * @memberof fedmq.v1.BrokerCommand
             * @instance
             */
            BrokerCommand.prototype.ack = null;

            /**
             * BrokerCommand release.
             * @member {fedmq.v1.ReleaseBatch.$Properties|null|undefined} release
             * @memberof fedmq.v1.BrokerCommand
             * @instance
             */
            BrokerCommand.prototype.release = null;

            /**
             * BrokerCommand dispatch.
             * @member {fedmq.v1.DispatchBatch.$Properties|null|undefined} dispatch
             * @memberof fedmq.v1.BrokerCommand
             * @instance
             */
            BrokerCommand.prototype.dispatch = null;

            /**
             * BrokerCommand recover.
             * @member {fedmq.v1.RecoverDeliveries.$Properties|null|undefined} recover
             * @memberof fedmq.v1.BrokerCommand
             * @instance
             */
            BrokerCommand.prototype.recover = null;

            /**
             * BrokerCommand expire.
             * @member {fedmq.v1.ExpireBatch.$Properties|null|undefined} expire
             * @memberof fedmq.v1.BrokerCommand
             * @instance
             */
            BrokerCommand.prototype.expire = null;

            /**
             * BrokerCommand purge.
             * @member {fedmq.v1.PurgeDestination.$Properties|null|undefined} purge
             * @memberof fedmq.v1.BrokerCommand
             * @instance
             */
            BrokerCommand.prototype.purge = null;

            /**
             * BrokerCommand ensure.
             * @member {fedmq.v1.EnsureDestination.$Properties|null|undefined} ensure
             * @memberof fedmq.v1.BrokerCommand
             * @instance
             */
            BrokerCommand.prototype.ensure = null;

            /**
             * BrokerCommand delete.
             * @member {fedmq.v1.DeleteDestination.$Properties|null|undefined} delete
             * @memberof fedmq.v1.BrokerCommand
             * @instance
             */
            BrokerCommand.prototype["delete"] = null;

            /**
             * BrokerCommand durableSubscribe.
             * @member {fedmq.v1.DurableSubscribe.$Properties|null|undefined} durableSubscribe
             * @memberof fedmq.v1.BrokerCommand
             * @instance
             */
            BrokerCommand.prototype.durableSubscribe = null;

            /**
             * BrokerCommand durableActivity.
             * @member {fedmq.v1.DurableActivity.$Properties|null|undefined} durableActivity
             * @memberof fedmq.v1.BrokerCommand
             * @instance
             */
            BrokerCommand.prototype.durableActivity = null;

            /**
             * BrokerCommand removeDurable.
             * @member {fedmq.v1.RemoveDurable.$Properties|null|undefined} removeDurable
             * @memberof fedmq.v1.BrokerCommand
             * @instance
             */
            BrokerCommand.prototype.removeDurable = null;

            /**
             * BrokerCommand transaction.
             * @member {fedmq.v1.TransactionCommit.$Properties|null|undefined} transaction
             * @memberof fedmq.v1.BrokerCommand
             * @instance
             */
            BrokerCommand.prototype.transaction = null;

            /**
             * BrokerCommand policy.
             * @member {fedmq.v1.SetPolicy.$Properties|null|undefined} policy
             * @memberof fedmq.v1.BrokerCommand
             * @instance
             */
            BrokerCommand.prototype.policy = null;

            /**
             * BrokerCommand bridge.
             * @member {fedmq.v1.BridgeBatchCommand.$Properties|null|undefined} bridge
             * @memberof fedmq.v1.BrokerCommand
             * @instance
             */
            BrokerCommand.prototype.bridge = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * BrokerCommand op.
             * @member {"send"|"ack"|"release"|"dispatch"|"recover"|"expire"|"purge"|"ensure"|"delete"|"durableSubscribe"|"durableActivity"|"removeDurable"|"transaction"|"policy"|"bridge"|undefined} op
             * @memberof fedmq.v1.BrokerCommand
             * @instance
             */
            $Object.defineProperty(BrokerCommand.prototype, "op", {
                get: $util.oneOfGetter($oneOfFields = ["send", "ack", "release", "dispatch", "recover", "expire", "purge", "ensure", "delete", "durableSubscribe", "durableActivity", "removeDurable", "transaction", "policy", "bridge"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new BrokerCommand instance using the specified properties.
             * @function create
             * @memberof fedmq.v1.BrokerCommand
             * @static
             * @param {fedmq.v1.BrokerCommand.$Properties=} [properties] Properties to set
             * @returns {fedmq.v1.BrokerCommand} BrokerCommand instance
             * @type {{
             *   (properties: fedmq.v1.BrokerCommand.$Shape): fedmq.v1.BrokerCommand & fedmq.v1.BrokerCommand.$Shape;
             *   (properties?: fedmq.v1.BrokerCommand.$Properties): fedmq.v1.BrokerCommand;
             * }}
             */
            BrokerCommand.create = function(properties) {
                return new BrokerCommand(properties);
            };

            /**
             * Encodes the specified BrokerCommand message. Does not implicitly {@link fedmq.v1.BrokerCommand.verify|verify} messages.
             * @function encode
             * @memberof fedmq.v1.BrokerCommand
             * @static
             * @param {fedmq.v1.BrokerCommand.$Properties} message BrokerCommand message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            BrokerCommand.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.format != null && $Object.hasOwnProperty.call(message, "format") && message.format !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.format);
                if (message.leaderTimeMs != null && $Object.hasOwnProperty.call(message, "leaderTimeMs") && (typeof message.leaderTimeMs === "object" ? message.leaderTimeMs.low || message.leaderTimeMs.high : message.leaderTimeMs !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.leaderTimeMs);
                if (message.send != null && $Object.hasOwnProperty.call(message, "send"))
                    $root.fedmq.v1.SendBatch.encode(message.send, writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
                if (message.ack != null && $Object.hasOwnProperty.call(message, "ack"))
                    $root.fedmq.v1.AckBatch.encode(message.ack, writer.uint32(/* id 11, wireType 2 =*/90).fork(), _depth + 1).ldelim();
                if (message.release != null && $Object.hasOwnProperty.call(message, "release"))
                    $root.fedmq.v1.ReleaseBatch.encode(message.release, writer.uint32(/* id 12, wireType 2 =*/98).fork(), _depth + 1).ldelim();
                if (message.dispatch != null && $Object.hasOwnProperty.call(message, "dispatch"))
                    $root.fedmq.v1.DispatchBatch.encode(message.dispatch, writer.uint32(/* id 13, wireType 2 =*/106).fork(), _depth + 1).ldelim();
                if (message.recover != null && $Object.hasOwnProperty.call(message, "recover"))
                    $root.fedmq.v1.RecoverDeliveries.encode(message.recover, writer.uint32(/* id 14, wireType 2 =*/114).fork(), _depth + 1).ldelim();
                if (message.expire != null && $Object.hasOwnProperty.call(message, "expire"))
                    $root.fedmq.v1.ExpireBatch.encode(message.expire, writer.uint32(/* id 15, wireType 2 =*/122).fork(), _depth + 1).ldelim();
                if (message.purge != null && $Object.hasOwnProperty.call(message, "purge"))
                    $root.fedmq.v1.PurgeDestination.encode(message.purge, writer.uint32(/* id 16, wireType 2 =*/130).fork(), _depth + 1).ldelim();
                if (message.ensure != null && $Object.hasOwnProperty.call(message, "ensure"))
                    $root.fedmq.v1.EnsureDestination.encode(message.ensure, writer.uint32(/* id 17, wireType 2 =*/138).fork(), _depth + 1).ldelim();
                if (message["delete"] != null && $Object.hasOwnProperty.call(message, "delete"))
                    $root.fedmq.v1.DeleteDestination.encode(message["delete"], writer.uint32(/* id 18, wireType 2 =*/146).fork(), _depth + 1).ldelim();
                if (message.durableSubscribe != null && $Object.hasOwnProperty.call(message, "durableSubscribe"))
                    $root.fedmq.v1.DurableSubscribe.encode(message.durableSubscribe, writer.uint32(/* id 19, wireType 2 =*/154).fork(), _depth + 1).ldelim();
                if (message.durableActivity != null && $Object.hasOwnProperty.call(message, "durableActivity"))
                    $root.fedmq.v1.DurableActivity.encode(message.durableActivity, writer.uint32(/* id 20, wireType 2 =*/162).fork(), _depth + 1).ldelim();
                if (message.removeDurable != null && $Object.hasOwnProperty.call(message, "removeDurable"))
                    $root.fedmq.v1.RemoveDurable.encode(message.removeDurable, writer.uint32(/* id 21, wireType 2 =*/170).fork(), _depth + 1).ldelim();
                if (message.transaction != null && $Object.hasOwnProperty.call(message, "transaction"))
                    $root.fedmq.v1.TransactionCommit.encode(message.transaction, writer.uint32(/* id 22, wireType 2 =*/178).fork(), _depth + 1).ldelim();
                if (message.policy != null && $Object.hasOwnProperty.call(message, "policy"))
                    $root.fedmq.v1.SetPolicy.encode(message.policy, writer.uint32(/* id 23, wireType 2 =*/186).fork(), _depth + 1).ldelim();
                if (message.bridge != null && $Object.hasOwnProperty.call(message, "bridge"))
                    $root.fedmq.v1.BridgeBatchCommand.encode(message.bridge, writer.uint32(/* id 24, wireType 2 =*/194).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a BrokerCommand message from the specified reader or buffer.
             * @function decode
             * @memberof fedmq.v1.BrokerCommand
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {fedmq.v1.BrokerCommand & fedmq.v1.BrokerCommand.$Shape} BrokerCommand
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            BrokerCommand.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.fedmq.v1.BrokerCommand();
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
                                message.format = value;
                            else
                                delete message.format;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.leaderTimeMs = value;
                            else
                                delete message.leaderTimeMs;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            message.send = $root.fedmq.v1.SendBatch.decode(reader, reader.size(), $undefined, _depth + 1, message.send);
                            message.op = "send";
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            message.ack = $root.fedmq.v1.AckBatch.decode(reader, reader.size(), $undefined, _depth + 1, message.ack);
                            message.op = "ack";
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            message.release = $root.fedmq.v1.ReleaseBatch.decode(reader, reader.size(), $undefined, _depth + 1, message.release);
                            message.op = "release";
                            continue;
                        }
                    case 13: {
                            if (wireType !== 2)
                                break;
                            message.dispatch = $root.fedmq.v1.DispatchBatch.decode(reader, reader.size(), $undefined, _depth + 1, message.dispatch);
                            message.op = "dispatch";
                            continue;
                        }
                    case 14: {
                            if (wireType !== 2)
                                break;
                            message.recover = $root.fedmq.v1.RecoverDeliveries.decode(reader, reader.size(), $undefined, _depth + 1, message.recover);
                            message.op = "recover";
                            continue;
                        }
                    case 15: {
                            if (wireType !== 2)
                                break;
                            message.expire = $root.fedmq.v1.ExpireBatch.decode(reader, reader.size(), $undefined, _depth + 1, message.expire);
                            message.op = "expire";
                            continue;
                        }
                    case 16: {
                            if (wireType !== 2)
                                break;
                            message.purge = $root.fedmq.v1.PurgeDestination.decode(reader, reader.size(), $undefined, _depth + 1, message.purge);
                            message.op = "purge";
                            continue;
                        }
                    case 17: {
                            if (wireType !== 2)
                                break;
                            message.ensure = $root.fedmq.v1.EnsureDestination.decode(reader, reader.size(), $undefined, _depth + 1, message.ensure);
                            message.op = "ensure";
                            continue;
                        }
                    case 18: {
                            if (wireType !== 2)
                                break;
                            message["delete"] = $root.fedmq.v1.DeleteDestination.decode(reader, reader.size(), $undefined, _depth + 1, message["delete"]);
                            message.op = "delete";
                            continue;
                        }
                    case 19: {
                            if (wireType !== 2)
                                break;
                            message.durableSubscribe = $root.fedmq.v1.DurableSubscribe.decode(reader, reader.size(), $undefined, _depth + 1, message.durableSubscribe);
                            message.op = "durableSubscribe";
                            continue;
                        }
                    case 20: {
                            if (wireType !== 2)
                                break;
                            message.durableActivity = $root.fedmq.v1.DurableActivity.decode(reader, reader.size(), $undefined, _depth + 1, message.durableActivity);
                            message.op = "durableActivity";
                            continue;
                        }
                    case 21: {
                            if (wireType !== 2)
                                break;
                            message.removeDurable = $root.fedmq.v1.RemoveDurable.decode(reader, reader.size(), $undefined, _depth + 1, message.removeDurable);
                            message.op = "removeDurable";
                            continue;
                        }
                    case 22: {
                            if (wireType !== 2)
                                break;
                            message.transaction = $root.fedmq.v1.TransactionCommit.decode(reader, reader.size(), $undefined, _depth + 1, message.transaction);
                            message.op = "transaction";
                            continue;
                        }
                    case 23: {
                            if (wireType !== 2)
                                break;
                            message.policy = $root.fedmq.v1.SetPolicy.decode(reader, reader.size(), $undefined, _depth + 1, message.policy);
                            message.op = "policy";
                            continue;
                        }
                    case 24: {
                            if (wireType !== 2)
                                break;
                            message.bridge = $root.fedmq.v1.BridgeBatchCommand.decode(reader, reader.size(), $undefined, _depth + 1, message.bridge);
                            message.op = "bridge";
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

            return BrokerCommand;
        })();

        v1.DestinationRecord = (function() {

            /**
             * Properties of a DestinationRecord.
             * @typedef {Object} fedmq.v1.DestinationRecord.$Properties
             * @property {number|null} [id] DestinationRecord id
             * @property {fedmq.v1.Destination.$Properties|null} [destination] DestinationRecord destination
             * @property {boolean|null} [temporary] DestinationRecord temporary
             * @property {string|null} [ownerSession] DestinationRecord ownerSession
             * @property {number|null} [nextSeq] DestinationRecord nextSeq
             * @property {number|null} [depth] DestinationRecord depth
             * @property {number|null} [bytes] DestinationRecord bytes
             * @property {number|null} [enqueued] DestinationRecord enqueued
             * @property {number|null} [acked] DestinationRecord acked
             * @property {number|null} [redelivered] DestinationRecord redelivered
             * @property {number|null} [deadLettered] DestinationRecord deadLettered
             * @property {number|null} [expired] DestinationRecord expired
             * @property {string|null} [durableSubscription] DestinationRecord durableSubscription
             * @property {number|null} [createdMs] DestinationRecord createdMs
             * @property {number|null} [discarded] DestinationRecord discarded
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DestinationRecord.
             * @memberof fedmq.v1
             * @interface IDestinationRecord
             * @augments fedmq.v1.DestinationRecord.$Properties
             * @deprecated Use fedmq.v1.DestinationRecord.$Properties instead.
             */

            /**
             * Shape of a DestinationRecord.
             * @typedef {fedmq.v1.DestinationRecord.$Properties} fedmq.v1.DestinationRecord.$Shape
             */

            /**
             * Constructs a new DestinationRecord.
             * @memberof fedmq.v1
             * @classdesc Represents a DestinationRecord.
             * @constructor
             * @param {fedmq.v1.DestinationRecord.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DestinationRecord = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * DestinationRecord id.
             * @member {number} id
             * @memberof fedmq.v1.DestinationRecord
             * @instance
             */
            DestinationRecord.prototype.id = 0;

            /**
             * DestinationRecord destination.
             * @member {fedmq.v1.Destination.$Properties|null|undefined} destination
             * @memberof fedmq.v1.DestinationRecord
             * @instance
             */
            DestinationRecord.prototype.destination = null;

            /**
             * DestinationRecord temporary.
             * @member {boolean} temporary
             * @memberof fedmq.v1.DestinationRecord
             * @instance
             */
            DestinationRecord.prototype.temporary = false;

            /**
             * DestinationRecord ownerSession.
             * @member {string} ownerSession
             * @memberof fedmq.v1.DestinationRecord
             * @instance
             */
            DestinationRecord.prototype.ownerSession = "";

            /**
             * DestinationRecord nextSeq.
             * @member {number} nextSeq
             * @memberof fedmq.v1.DestinationRecord
             * @instance
             */
            DestinationRecord.prototype.nextSeq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * DestinationRecord depth.
             * @member {number} depth
             * @memberof fedmq.v1.DestinationRecord
             * @instance
             */
            DestinationRecord.prototype.depth = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * DestinationRecord bytes.
             * @member {number} bytes
             * @memberof fedmq.v1.DestinationRecord
             * @instance
             */
            DestinationRecord.prototype.bytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * DestinationRecord enqueued.
             * @member {number} enqueued
             * @memberof fedmq.v1.DestinationRecord
             * @instance
             */
            DestinationRecord.prototype.enqueued = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * DestinationRecord acked.
             * @member {number} acked
             * @memberof fedmq.v1.DestinationRecord
             * @instance
             */
            DestinationRecord.prototype.acked = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * DestinationRecord redelivered.
             * @member {number} redelivered
             * @memberof fedmq.v1.DestinationRecord
             * @instance
             */
            DestinationRecord.prototype.redelivered = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * DestinationRecord deadLettered.
             * @member {number} deadLettered
             * @memberof fedmq.v1.DestinationRecord
             * @instance
             */
            DestinationRecord.prototype.deadLettered = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * DestinationRecord expired.
             * @member {number} expired
             * @memberof fedmq.v1.DestinationRecord
             * @instance
             */
            DestinationRecord.prototype.expired = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * DestinationRecord durableSubscription.
             * @member {string} durableSubscription
             * @memberof fedmq.v1.DestinationRecord
             * @instance
             */
            DestinationRecord.prototype.durableSubscription = "";

            /**
             * DestinationRecord createdMs.
             * @member {number} createdMs
             * @memberof fedmq.v1.DestinationRecord
             * @instance
             */
            DestinationRecord.prototype.createdMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * DestinationRecord discarded.
             * @member {number} discarded
             * @memberof fedmq.v1.DestinationRecord
             * @instance
             */
            DestinationRecord.prototype.discarded = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new DestinationRecord instance using the specified properties.
             * @function create
             * @memberof fedmq.v1.DestinationRecord
             * @static
             * @param {fedmq.v1.DestinationRecord.$Properties=} [properties] Properties to set
             * @returns {fedmq.v1.DestinationRecord} DestinationRecord instance
             * @type {{
             *   (properties: fedmq.v1.DestinationRecord.$Shape): fedmq.v1.DestinationRecord & fedmq.v1.DestinationRecord.$Shape;
             *   (properties?: fedmq.v1.DestinationRecord.$Properties): fedmq.v1.DestinationRecord;
             * }}
             */
            DestinationRecord.create = function(properties) {
                return new DestinationRecord(properties);
            };

            /**
             * Encodes the specified DestinationRecord message. Does not implicitly {@link fedmq.v1.DestinationRecord.verify|verify} messages.
             * @function encode
             * @memberof fedmq.v1.DestinationRecord
             * @static
             * @param {fedmq.v1.DestinationRecord.$Properties} message DestinationRecord message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DestinationRecord.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.id);
                if (message.destination != null && $Object.hasOwnProperty.call(message, "destination"))
                    $root.fedmq.v1.Destination.encode(message.destination, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.temporary != null && $Object.hasOwnProperty.call(message, "temporary") && message.temporary !== false)
                    writer.uint32(/* id 3, wireType 0 =*/24).bool(message.temporary);
                if (message.ownerSession != null && $Object.hasOwnProperty.call(message, "ownerSession") && message.ownerSession !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.ownerSession);
                if (message.nextSeq != null && $Object.hasOwnProperty.call(message, "nextSeq") && (typeof message.nextSeq === "object" ? message.nextSeq.low || message.nextSeq.high : message.nextSeq !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.nextSeq);
                if (message.depth != null && $Object.hasOwnProperty.call(message, "depth") && (typeof message.depth === "object" ? message.depth.low || message.depth.high : message.depth !== 0))
                    writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.depth);
                if (message.bytes != null && $Object.hasOwnProperty.call(message, "bytes") && (typeof message.bytes === "object" ? message.bytes.low || message.bytes.high : message.bytes !== 0))
                    writer.uint32(/* id 7, wireType 0 =*/56).uint64(message.bytes);
                if (message.enqueued != null && $Object.hasOwnProperty.call(message, "enqueued") && (typeof message.enqueued === "object" ? message.enqueued.low || message.enqueued.high : message.enqueued !== 0))
                    writer.uint32(/* id 8, wireType 0 =*/64).uint64(message.enqueued);
                if (message.acked != null && $Object.hasOwnProperty.call(message, "acked") && (typeof message.acked === "object" ? message.acked.low || message.acked.high : message.acked !== 0))
                    writer.uint32(/* id 9, wireType 0 =*/72).uint64(message.acked);
                if (message.redelivered != null && $Object.hasOwnProperty.call(message, "redelivered") && (typeof message.redelivered === "object" ? message.redelivered.low || message.redelivered.high : message.redelivered !== 0))
                    writer.uint32(/* id 10, wireType 0 =*/80).uint64(message.redelivered);
                if (message.deadLettered != null && $Object.hasOwnProperty.call(message, "deadLettered") && (typeof message.deadLettered === "object" ? message.deadLettered.low || message.deadLettered.high : message.deadLettered !== 0))
                    writer.uint32(/* id 11, wireType 0 =*/88).uint64(message.deadLettered);
                if (message.expired != null && $Object.hasOwnProperty.call(message, "expired") && (typeof message.expired === "object" ? message.expired.low || message.expired.high : message.expired !== 0))
                    writer.uint32(/* id 12, wireType 0 =*/96).uint64(message.expired);
                if (message.durableSubscription != null && $Object.hasOwnProperty.call(message, "durableSubscription") && message.durableSubscription !== "")
                    writer.uint32(/* id 13, wireType 2 =*/106).string(message.durableSubscription);
                if (message.createdMs != null && $Object.hasOwnProperty.call(message, "createdMs") && (typeof message.createdMs === "object" ? message.createdMs.low || message.createdMs.high : message.createdMs !== 0))
                    writer.uint32(/* id 14, wireType 0 =*/112).uint64(message.createdMs);
                if (message.discarded != null && $Object.hasOwnProperty.call(message, "discarded") && (typeof message.discarded === "object" ? message.discarded.low || message.discarded.high : message.discarded !== 0))
                    writer.uint32(/* id 15, wireType 0 =*/120).uint64(message.discarded);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a DestinationRecord message from the specified reader or buffer.
             * @function decode
             * @memberof fedmq.v1.DestinationRecord
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {fedmq.v1.DestinationRecord & fedmq.v1.DestinationRecord.$Shape} DestinationRecord
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DestinationRecord.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.fedmq.v1.DestinationRecord();
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
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.destination = $root.fedmq.v1.Destination.decode(reader, reader.size(), $undefined, _depth + 1, message.destination);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.temporary = value;
                            else
                                delete message.temporary;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.ownerSession = value;
                            else
                                delete message.ownerSession;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.nextSeq = value;
                            else
                                delete message.nextSeq;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.depth = value;
                            else
                                delete message.depth;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.bytes = value;
                            else
                                delete message.bytes;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.enqueued = value;
                            else
                                delete message.enqueued;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.acked = value;
                            else
                                delete message.acked;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.redelivered = value;
                            else
                                delete message.redelivered;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.deadLettered = value;
                            else
                                delete message.deadLettered;
                            continue;
                        }
                    case 12: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.expired = value;
                            else
                                delete message.expired;
                            continue;
                        }
                    case 13: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.durableSubscription = value;
                            else
                                delete message.durableSubscription;
                            continue;
                        }
                    case 14: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.createdMs = value;
                            else
                                delete message.createdMs;
                            continue;
                        }
                    case 15: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.discarded = value;
                            else
                                delete message.discarded;
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

            return DestinationRecord;
        })();

        v1.StoredMessage = (function() {

            /**
             * Properties of a StoredMessage.
             * @typedef {Object} fedmq.v1.StoredMessage.$Properties
             * @property {fedmq.v1.Message.$Properties|null} [message] StoredMessage message
             * @property {number|null} [deliveryCount] StoredMessage deliveryCount
             * @property {boolean|null} [out] StoredMessage out
             * @property {number|null} [size] StoredMessage size
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a StoredMessage.
             * @memberof fedmq.v1
             * @interface IStoredMessage
             * @augments fedmq.v1.StoredMessage.$Properties
             * @deprecated Use fedmq.v1.StoredMessage.$Properties instead.
             */

            /**
             * Shape of a StoredMessage.
             * @typedef {{
             *   message?: fedmq.v1.Message.$Shape|null;
             *   deliveryCount?: number|null;
             *   out?: boolean|null;
             *   size?: number|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} fedmq.v1.StoredMessage.$Shape
             */

            /**
             * Constructs a new StoredMessage.
             * @memberof fedmq.v1
             * @classdesc Represents a StoredMessage.
             * @constructor
             * @param {fedmq.v1.StoredMessage.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const StoredMessage = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * StoredMessage message.
             * @member {fedmq.v1.Message.$Properties|null|undefined} message
             * @memberof fedmq.v1.StoredMessage
             * @instance
             */
            StoredMessage.prototype.message = null;

            /**
             * StoredMessage deliveryCount.
             * @member {number} deliveryCount
             * @memberof fedmq.v1.StoredMessage
             * @instance
             */
            StoredMessage.prototype.deliveryCount = 0;

            /**
             * StoredMessage out.
             * @member {boolean} out
             * @memberof fedmq.v1.StoredMessage
             * @instance
             */
            StoredMessage.prototype.out = false;

            /**
             * StoredMessage size.
             * @member {number} size
             * @memberof fedmq.v1.StoredMessage
             * @instance
             */
            StoredMessage.prototype.size = 0;

            /**
             * Creates a new StoredMessage instance using the specified properties.
             * @function create
             * @memberof fedmq.v1.StoredMessage
             * @static
             * @param {fedmq.v1.StoredMessage.$Properties=} [properties] Properties to set
             * @returns {fedmq.v1.StoredMessage} StoredMessage instance
             * @type {{
             *   (properties: fedmq.v1.StoredMessage.$Shape): fedmq.v1.StoredMessage & fedmq.v1.StoredMessage.$Shape;
             *   (properties?: fedmq.v1.StoredMessage.$Properties): fedmq.v1.StoredMessage;
             * }}
             */
            StoredMessage.create = function(properties) {
                return new StoredMessage(properties);
            };

            /**
             * Encodes the specified StoredMessage message. Does not implicitly {@link fedmq.v1.StoredMessage.verify|verify} messages.
             * @function encode
             * @memberof fedmq.v1.StoredMessage
             * @static
             * @param {fedmq.v1.StoredMessage.$Properties} message StoredMessage message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            StoredMessage.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    $root.fedmq.v1.Message.encode(message.message, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.deliveryCount != null && $Object.hasOwnProperty.call(message, "deliveryCount") && message.deliveryCount !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.deliveryCount);
                if (message.out != null && $Object.hasOwnProperty.call(message, "out") && message.out !== false)
                    writer.uint32(/* id 3, wireType 0 =*/24).bool(message.out);
                if (message.size != null && $Object.hasOwnProperty.call(message, "size") && message.size !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.size);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a StoredMessage message from the specified reader or buffer.
             * @function decode
             * @memberof fedmq.v1.StoredMessage
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {fedmq.v1.StoredMessage & fedmq.v1.StoredMessage.$Shape} StoredMessage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            StoredMessage.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.fedmq.v1.StoredMessage();
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
                            message.message = $root.fedmq.v1.Message.decode(reader, reader.size(), $undefined, _depth + 1, message.message);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.deliveryCount = value;
                            else
                                delete message.deliveryCount;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.out = value;
                            else
                                delete message.out;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.size = value;
                            else
                                delete message.size;
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

            return StoredMessage;
        })();

        v1.DurableRecord = (function() {

            /**
             * Properties of a DurableRecord.
             * @typedef {Object} fedmq.v1.DurableRecord.$Properties
             * @property {string|null} [clientId] DurableRecord clientId
             * @property {string|null} [name] DurableRecord name
             * @property {fedmq.v1.Destination.$Properties|null} [topic] DurableRecord topic
             * @property {string|null} [selector] DurableRecord selector
             * @property {number|null} [destId] DurableRecord destId
             * @property {boolean|null} [active] DurableRecord active
             * @property {number|null} [lastActiveMs] DurableRecord lastActiveMs
             * @property {number|null} [messagesMax] DurableRecord messagesMax
             * @property {boolean|null} [dropOldest] DurableRecord dropOldest
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DurableRecord.
             * @memberof fedmq.v1
             * @interface IDurableRecord
             * @augments fedmq.v1.DurableRecord.$Properties
             * @deprecated Use fedmq.v1.DurableRecord.$Properties instead.
             */

            /**
             * Shape of a DurableRecord.
             * @typedef {fedmq.v1.DurableRecord.$Properties} fedmq.v1.DurableRecord.$Shape
             */

            /**
             * Constructs a new DurableRecord.
             * @memberof fedmq.v1
             * @classdesc Represents a DurableRecord.
             * @constructor
             * @param {fedmq.v1.DurableRecord.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DurableRecord = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * DurableRecord clientId.
             * @member {string} clientId
             * @memberof fedmq.v1.DurableRecord
             * @instance
             */
            DurableRecord.prototype.clientId = "";

            /**
             * DurableRecord name.
             * @member {string} name
             * @memberof fedmq.v1.DurableRecord
             * @instance
             */
            DurableRecord.prototype.name = "";

            /**
             * DurableRecord topic.
             * @member {fedmq.v1.Destination.$Properties|null|undefined} topic
             * @memberof fedmq.v1.DurableRecord
             * @instance
             */
            DurableRecord.prototype.topic = null;

            /**
             * DurableRecord selector.
             * @member {string} selector
             * @memberof fedmq.v1.DurableRecord
             * @instance
             */
            DurableRecord.prototype.selector = "";

            /**
             * DurableRecord destId.
             * @member {number} destId
             * @memberof fedmq.v1.DurableRecord
             * @instance
             */
            DurableRecord.prototype.destId = 0;

            /**
             * DurableRecord active.
             * @member {boolean} active
             * @memberof fedmq.v1.DurableRecord
             * @instance
             */
            DurableRecord.prototype.active = false;

            /**
             * DurableRecord lastActiveMs.
             * @member {number} lastActiveMs
             * @memberof fedmq.v1.DurableRecord
             * @instance
             */
            DurableRecord.prototype.lastActiveMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * DurableRecord messagesMax.
             * @member {number} messagesMax
             * @memberof fedmq.v1.DurableRecord
             * @instance
             */
            DurableRecord.prototype.messagesMax = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * DurableRecord dropOldest.
             * @member {boolean} dropOldest
             * @memberof fedmq.v1.DurableRecord
             * @instance
             */
            DurableRecord.prototype.dropOldest = false;

            /**
             * Creates a new DurableRecord instance using the specified properties.
             * @function create
             * @memberof fedmq.v1.DurableRecord
             * @static
             * @param {fedmq.v1.DurableRecord.$Properties=} [properties] Properties to set
             * @returns {fedmq.v1.DurableRecord} DurableRecord instance
             * @type {{
             *   (properties: fedmq.v1.DurableRecord.$Shape): fedmq.v1.DurableRecord & fedmq.v1.DurableRecord.$Shape;
             *   (properties?: fedmq.v1.DurableRecord.$Properties): fedmq.v1.DurableRecord;
             * }}
             */
            DurableRecord.create = function(properties) {
                return new DurableRecord(properties);
            };

            /**
             * Encodes the specified DurableRecord message. Does not implicitly {@link fedmq.v1.DurableRecord.verify|verify} messages.
             * @function encode
             * @memberof fedmq.v1.DurableRecord
             * @static
             * @param {fedmq.v1.DurableRecord.$Properties} message DurableRecord message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DurableRecord.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.clientId != null && $Object.hasOwnProperty.call(message, "clientId") && message.clientId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.clientId);
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.name);
                if (message.topic != null && $Object.hasOwnProperty.call(message, "topic"))
                    $root.fedmq.v1.Destination.encode(message.topic, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.selector != null && $Object.hasOwnProperty.call(message, "selector") && message.selector !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.selector);
                if (message.destId != null && $Object.hasOwnProperty.call(message, "destId") && message.destId !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.destId);
                if (message.active != null && $Object.hasOwnProperty.call(message, "active") && message.active !== false)
                    writer.uint32(/* id 6, wireType 0 =*/48).bool(message.active);
                if (message.lastActiveMs != null && $Object.hasOwnProperty.call(message, "lastActiveMs") && (typeof message.lastActiveMs === "object" ? message.lastActiveMs.low || message.lastActiveMs.high : message.lastActiveMs !== 0))
                    writer.uint32(/* id 7, wireType 0 =*/56).uint64(message.lastActiveMs);
                if (message.messagesMax != null && $Object.hasOwnProperty.call(message, "messagesMax") && (typeof message.messagesMax === "object" ? message.messagesMax.low || message.messagesMax.high : message.messagesMax !== 0))
                    writer.uint32(/* id 8, wireType 0 =*/64).uint64(message.messagesMax);
                if (message.dropOldest != null && $Object.hasOwnProperty.call(message, "dropOldest") && message.dropOldest !== false)
                    writer.uint32(/* id 9, wireType 0 =*/72).bool(message.dropOldest);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a DurableRecord message from the specified reader or buffer.
             * @function decode
             * @memberof fedmq.v1.DurableRecord
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {fedmq.v1.DurableRecord & fedmq.v1.DurableRecord.$Shape} DurableRecord
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DurableRecord.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.fedmq.v1.DurableRecord();
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
                                message.clientId = value;
                            else
                                delete message.clientId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.topic = $root.fedmq.v1.Destination.decode(reader, reader.size(), $undefined, _depth + 1, message.topic);
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.selector = value;
                            else
                                delete message.selector;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.destId = value;
                            else
                                delete message.destId;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.active = value;
                            else
                                delete message.active;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.lastActiveMs = value;
                            else
                                delete message.lastActiveMs;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.messagesMax = value;
                            else
                                delete message.messagesMax;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.dropOldest = value;
                            else
                                delete message.dropOldest;
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

            return DurableRecord;
        })();

        v1.BrokerTotals = (function() {

            /**
             * Properties of a BrokerTotals.
             * @typedef {Object} fedmq.v1.BrokerTotals.$Properties
             * @property {number|null} [nextDestId] BrokerTotals nextDestId
             * @property {number|null} [messages] BrokerTotals messages
             * @property {number|null} [bytes] BrokerTotals bytes
             * @property {number|null} [leaderTimeMs] BrokerTotals leaderTimeMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a BrokerTotals.
             * @memberof fedmq.v1
             * @interface IBrokerTotals
             * @augments fedmq.v1.BrokerTotals.$Properties
             * @deprecated Use fedmq.v1.BrokerTotals.$Properties instead.
             */

            /**
             * Shape of a BrokerTotals.
             * @typedef {fedmq.v1.BrokerTotals.$Properties} fedmq.v1.BrokerTotals.$Shape
             */

            /**
             * Constructs a new BrokerTotals.
             * @memberof fedmq.v1
             * @classdesc Represents a BrokerTotals.
             * @constructor
             * @param {fedmq.v1.BrokerTotals.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const BrokerTotals = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * BrokerTotals nextDestId.
             * @member {number} nextDestId
             * @memberof fedmq.v1.BrokerTotals
             * @instance
             */
            BrokerTotals.prototype.nextDestId = 0;

            /**
             * BrokerTotals messages.
             * @member {number} messages
             * @memberof fedmq.v1.BrokerTotals
             * @instance
             */
            BrokerTotals.prototype.messages = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * BrokerTotals bytes.
             * @member {number} bytes
             * @memberof fedmq.v1.BrokerTotals
             * @instance
             */
            BrokerTotals.prototype.bytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * BrokerTotals leaderTimeMs.
             * @member {number} leaderTimeMs
             * @memberof fedmq.v1.BrokerTotals
             * @instance
             */
            BrokerTotals.prototype.leaderTimeMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new BrokerTotals instance using the specified properties.
             * @function create
             * @memberof fedmq.v1.BrokerTotals
             * @static
             * @param {fedmq.v1.BrokerTotals.$Properties=} [properties] Properties to set
             * @returns {fedmq.v1.BrokerTotals} BrokerTotals instance
             * @type {{
             *   (properties: fedmq.v1.BrokerTotals.$Shape): fedmq.v1.BrokerTotals & fedmq.v1.BrokerTotals.$Shape;
             *   (properties?: fedmq.v1.BrokerTotals.$Properties): fedmq.v1.BrokerTotals;
             * }}
             */
            BrokerTotals.create = function(properties) {
                return new BrokerTotals(properties);
            };

            /**
             * Encodes the specified BrokerTotals message. Does not implicitly {@link fedmq.v1.BrokerTotals.verify|verify} messages.
             * @function encode
             * @memberof fedmq.v1.BrokerTotals
             * @static
             * @param {fedmq.v1.BrokerTotals.$Properties} message BrokerTotals message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            BrokerTotals.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.nextDestId != null && $Object.hasOwnProperty.call(message, "nextDestId") && message.nextDestId !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.nextDestId);
                if (message.messages != null && $Object.hasOwnProperty.call(message, "messages") && (typeof message.messages === "object" ? message.messages.low || message.messages.high : message.messages !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.messages);
                if (message.bytes != null && $Object.hasOwnProperty.call(message, "bytes") && (typeof message.bytes === "object" ? message.bytes.low || message.bytes.high : message.bytes !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.bytes);
                if (message.leaderTimeMs != null && $Object.hasOwnProperty.call(message, "leaderTimeMs") && (typeof message.leaderTimeMs === "object" ? message.leaderTimeMs.low || message.leaderTimeMs.high : message.leaderTimeMs !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.leaderTimeMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a BrokerTotals message from the specified reader or buffer.
             * @function decode
             * @memberof fedmq.v1.BrokerTotals
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {fedmq.v1.BrokerTotals & fedmq.v1.BrokerTotals.$Shape} BrokerTotals
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            BrokerTotals.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.fedmq.v1.BrokerTotals();
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
                                message.nextDestId = value;
                            else
                                delete message.nextDestId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.messages = value;
                            else
                                delete message.messages;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.bytes = value;
                            else
                                delete message.bytes;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.leaderTimeMs = value;
                            else
                                delete message.leaderTimeMs;
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

            return BrokerTotals;
        })();

        /**
         * TransactionOutcome enum.
         * @name fedmq.v1.TransactionOutcome
         * @enum {number}
         * @property {number} TRANSACTION_OUTCOME_UNSPECIFIED=0 TRANSACTION_OUTCOME_UNSPECIFIED value
         * @property {number} TRANSACTION_COMMITTED=1 TRANSACTION_COMMITTED value
         * @property {number} TRANSACTION_ROLLED_BACK=2 TRANSACTION_ROLLED_BACK value
         */
        v1.TransactionOutcome = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "TRANSACTION_OUTCOME_UNSPECIFIED"] = 0;
            values[valuesById[1] = "TRANSACTION_COMMITTED"] = 1;
            values[valuesById[2] = "TRANSACTION_ROLLED_BACK"] = 2;
            return values;
        })();

        v1.DedupeRecord = (function() {

            /**
             * Properties of a DedupeRecord.
             * @typedef {Object} fedmq.v1.DedupeRecord.$Properties
             * @property {number|null} [timeMs] DedupeRecord timeMs
             * @property {fedmq.v1.TransactionOutcome|null} [outcome] DedupeRecord outcome
             * @property {string|null} [reason] DedupeRecord reason
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DedupeRecord.
             * @memberof fedmq.v1
             * @interface IDedupeRecord
             * @augments fedmq.v1.DedupeRecord.$Properties
             * @deprecated Use fedmq.v1.DedupeRecord.$Properties instead.
             */

            /**
             * Shape of a DedupeRecord.
             * @typedef {fedmq.v1.DedupeRecord.$Properties} fedmq.v1.DedupeRecord.$Shape
             */

            /**
             * Constructs a new DedupeRecord.
             * @memberof fedmq.v1
             * @classdesc Represents a DedupeRecord.
             * @constructor
             * @param {fedmq.v1.DedupeRecord.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DedupeRecord = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * DedupeRecord timeMs.
             * @member {number} timeMs
             * @memberof fedmq.v1.DedupeRecord
             * @instance
             */
            DedupeRecord.prototype.timeMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * DedupeRecord outcome.
             * @member {fedmq.v1.TransactionOutcome} outcome
             * @memberof fedmq.v1.DedupeRecord
             * @instance
             */
            DedupeRecord.prototype.outcome = 0;

            /**
             * DedupeRecord reason.
             * @member {string} reason
             * @memberof fedmq.v1.DedupeRecord
             * @instance
             */
            DedupeRecord.prototype.reason = "";

            /**
             * Creates a new DedupeRecord instance using the specified properties.
             * @function create
             * @memberof fedmq.v1.DedupeRecord
             * @static
             * @param {fedmq.v1.DedupeRecord.$Properties=} [properties] Properties to set
             * @returns {fedmq.v1.DedupeRecord} DedupeRecord instance
             * @type {{
             *   (properties: fedmq.v1.DedupeRecord.$Shape): fedmq.v1.DedupeRecord & fedmq.v1.DedupeRecord.$Shape;
             *   (properties?: fedmq.v1.DedupeRecord.$Properties): fedmq.v1.DedupeRecord;
             * }}
             */
            DedupeRecord.create = function(properties) {
                return new DedupeRecord(properties);
            };

            /**
             * Encodes the specified DedupeRecord message. Does not implicitly {@link fedmq.v1.DedupeRecord.verify|verify} messages.
             * @function encode
             * @memberof fedmq.v1.DedupeRecord
             * @static
             * @param {fedmq.v1.DedupeRecord.$Properties} message DedupeRecord message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DedupeRecord.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.timeMs != null && $Object.hasOwnProperty.call(message, "timeMs") && (typeof message.timeMs === "object" ? message.timeMs.low || message.timeMs.high : message.timeMs !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.timeMs);
                if (message.outcome != null && $Object.hasOwnProperty.call(message, "outcome") && message.outcome !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.outcome);
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.reason);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a DedupeRecord message from the specified reader or buffer.
             * @function decode
             * @memberof fedmq.v1.DedupeRecord
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {fedmq.v1.DedupeRecord & fedmq.v1.DedupeRecord.$Shape} DedupeRecord
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DedupeRecord.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.fedmq.v1.DedupeRecord();
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
                                message.timeMs = value;
                            else
                                delete message.timeMs;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.outcome = value;
                            else
                                delete message.outcome;
                            continue;
                        }
                    case 3: {
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

            return DedupeRecord;
        })();

        /**
         * DestinationKind enum.
         * @name fedmq.v1.DestinationKind
         * @enum {number}
         * @property {number} DESTINATION_KIND_UNSPECIFIED=0 DESTINATION_KIND_UNSPECIFIED value
         * @property {number} QUEUE=1 QUEUE value
         * @property {number} TOPIC=2 TOPIC value
         */
        v1.DestinationKind = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "DESTINATION_KIND_UNSPECIFIED"] = 0;
            values[valuesById[1] = "QUEUE"] = 1;
            values[valuesById[2] = "TOPIC"] = 2;
            return values;
        })();

        v1.Destination = (function() {

            /**
             * Properties of a Destination.
             * @typedef {Object} fedmq.v1.Destination.$Properties
             * @property {fedmq.v1.DestinationKind|null} [kind] Destination kind
             * @property {string|null} [name] Destination name
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Destination.
             * @memberof fedmq.v1
             * @interface IDestination
             * @augments fedmq.v1.Destination.$Properties
             * @deprecated Use fedmq.v1.Destination.$Properties instead.
             */

            /**
             * Shape of a Destination.
             * @typedef {fedmq.v1.Destination.$Properties} fedmq.v1.Destination.$Shape
             */

            /**
             * Constructs a new Destination.
             * @memberof fedmq.v1
             * @classdesc Represents a Destination.
             * @constructor
             * @param {fedmq.v1.Destination.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Destination = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Destination kind.
             * @member {fedmq.v1.DestinationKind} kind
             * @memberof fedmq.v1.Destination
             * @instance
             */
            Destination.prototype.kind = 0;

            /**
             * Destination name.
             * @member {string} name
             * @memberof fedmq.v1.Destination
             * @instance
             */
            Destination.prototype.name = "";

            /**
             * Creates a new Destination instance using the specified properties.
             * @function create
             * @memberof fedmq.v1.Destination
             * @static
             * @param {fedmq.v1.Destination.$Properties=} [properties] Properties to set
             * @returns {fedmq.v1.Destination} Destination instance
             * @type {{
             *   (properties: fedmq.v1.Destination.$Shape): fedmq.v1.Destination & fedmq.v1.Destination.$Shape;
             *   (properties?: fedmq.v1.Destination.$Properties): fedmq.v1.Destination;
             * }}
             */
            Destination.create = function(properties) {
                return new Destination(properties);
            };

            /**
             * Encodes the specified Destination message. Does not implicitly {@link fedmq.v1.Destination.verify|verify} messages.
             * @function encode
             * @memberof fedmq.v1.Destination
             * @static
             * @param {fedmq.v1.Destination.$Properties} message Destination message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Destination.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.kind);
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.name);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Destination message from the specified reader or buffer.
             * @function decode
             * @memberof fedmq.v1.Destination
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {fedmq.v1.Destination & fedmq.v1.Destination.$Shape} Destination
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Destination.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.fedmq.v1.Destination();
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
                                message.kind = value;
                            else
                                delete message.kind;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
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

            return Destination;
        })();

        v1.HeaderValue = (function() {

            /**
             * Properties of a HeaderValue.
             * @typedef {Object} fedmq.v1.HeaderValue.$Properties
             * @property {string|null} [stringValue] HeaderValue stringValue
             * @property {number|null} [intValue] HeaderValue intValue
             * @property {number|null} [doubleValue] HeaderValue doubleValue
             * @property {boolean|null} [boolValue] HeaderValue boolValue
             * @property {"stringValue"|"intValue"|"doubleValue"|"boolValue"} [value] HeaderValue value
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a HeaderValue.
             * @memberof fedmq.v1
             * @interface IHeaderValue
             * @augments fedmq.v1.HeaderValue.$Properties
             * @deprecated Use fedmq.v1.HeaderValue.$Properties instead.
             */

            /**
             * Narrowed shape of a HeaderValue.
             * @typedef {{
             *   stringValue?: string|null;
             *   intValue?: number|null;
             *   doubleValue?: number|null;
             *   boolValue?: boolean|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ value?: undefined; stringValue?: null; intValue?: null; doubleValue?: null; boolValue?: null }|{ value?: "stringValue"; stringValue: string; intValue?: null; doubleValue?: null; boolValue?: null }|{ value?: "intValue"; stringValue?: null; intValue: number; doubleValue?: null; boolValue?: null }|{ value?: "doubleValue"; stringValue?: null; intValue?: null; doubleValue: number; boolValue?: null }|{ value?: "boolValue"; stringValue?: null; intValue?: null; doubleValue?: null; boolValue: boolean })
             * )} fedmq.v1.HeaderValue.$Shape
             */

            /**
             * Constructs a new HeaderValue.
             * @memberof fedmq.v1
             * @classdesc Represents a HeaderValue.
             * @constructor
             * @param {fedmq.v1.HeaderValue.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const HeaderValue = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * HeaderValue stringValue.
             * @member {string|null|undefined} stringValue
             * @memberof fedmq.v1.HeaderValue
             * @instance
             */
            HeaderValue.prototype.stringValue = null;

            /**
             * HeaderValue intValue.
             * @member {number|null|undefined} intValue
             * @memberof fedmq.v1.HeaderValue
             * @instance
             */
            HeaderValue.prototype.intValue = null;

            /**
             * HeaderValue doubleValue.
             * @member {number|null|undefined} doubleValue
             * @memberof fedmq.v1.HeaderValue
             * @instance
             */
            HeaderValue.prototype.doubleValue = null;

            /**
             * HeaderValue boolValue.
             * @member {boolean|null|undefined} boolValue
             * @memberof fedmq.v1.HeaderValue
             * @instance
             */
            HeaderValue.prototype.boolValue = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * HeaderValue value.
             * @member {"stringValue"|"intValue"|"doubleValue"|"boolValue"|undefined} value
             * @memberof fedmq.v1.HeaderValue
             * @instance
             */
            $Object.defineProperty(HeaderValue.prototype, "value", {
                get: $util.oneOfGetter($oneOfFields = ["stringValue", "intValue", "doubleValue", "boolValue"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new HeaderValue instance using the specified properties.
             * @function create
             * @memberof fedmq.v1.HeaderValue
             * @static
             * @param {fedmq.v1.HeaderValue.$Properties=} [properties] Properties to set
             * @returns {fedmq.v1.HeaderValue} HeaderValue instance
             * @type {{
             *   (properties: fedmq.v1.HeaderValue.$Shape): fedmq.v1.HeaderValue & fedmq.v1.HeaderValue.$Shape;
             *   (properties?: fedmq.v1.HeaderValue.$Properties): fedmq.v1.HeaderValue;
             * }}
             */
            HeaderValue.create = function(properties) {
                return new HeaderValue(properties);
            };

            /**
             * Encodes the specified HeaderValue message. Does not implicitly {@link fedmq.v1.HeaderValue.verify|verify} messages.
             * @function encode
             * @memberof fedmq.v1.HeaderValue
             * @static
             * @param {fedmq.v1.HeaderValue.$Properties} message HeaderValue message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            HeaderValue.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.stringValue != null && $Object.hasOwnProperty.call(message, "stringValue"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.stringValue);
                if (message.intValue != null && $Object.hasOwnProperty.call(message, "intValue"))
                    writer.uint32(/* id 2, wireType 0 =*/16).sint64(message.intValue);
                if (message.doubleValue != null && $Object.hasOwnProperty.call(message, "doubleValue"))
                    writer.uint32(/* id 3, wireType 1 =*/25).double(message.doubleValue);
                if (message.boolValue != null && $Object.hasOwnProperty.call(message, "boolValue"))
                    writer.uint32(/* id 4, wireType 0 =*/32).bool(message.boolValue);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a HeaderValue message from the specified reader or buffer.
             * @function decode
             * @memberof fedmq.v1.HeaderValue
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {fedmq.v1.HeaderValue & fedmq.v1.HeaderValue.$Shape} HeaderValue
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            HeaderValue.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.fedmq.v1.HeaderValue();
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
                            message.stringValue = reader.stringVerify();
                            message.value = "stringValue";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            message.intValue = reader.sint64();
                            message.value = "intValue";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 1)
                                break;
                            message.doubleValue = reader.double();
                            message.value = "doubleValue";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            message.boolValue = reader.bool();
                            message.value = "boolValue";
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

            return HeaderValue;
        })();

        v1.Message = (function() {

            /**
             * Properties of a Message.
             * @typedef {Object} fedmq.v1.Message.$Properties
             * @property {string|null} [id] Message id
             * @property {fedmq.v1.Destination.$Properties|null} [destination] Message destination
             * @property {Object.<string,fedmq.v1.HeaderValue.$Properties>|null} [headers] Message headers
             * @property {Uint8Array|null} [body] Message body
             * @property {boolean|null} [persistent] Message persistent
             * @property {number|null} [priority] Message priority
             * @property {number|null} [timestampMs] Message timestampMs
             * @property {number|null} [expiresAtMs] Message expiresAtMs
             * @property {number|null} [deliverAtMs] Message deliverAtMs
             * @property {string|null} [correlationId] Message correlationId
             * @property {fedmq.v1.Destination.$Properties|null} [replyTo] Message replyTo
             * @property {string|null} [type] Message type
             * @property {string|null} [originSite] Message originSite
             * @property {Array.<string>|null} [path] Message path
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Message.
             * @memberof fedmq.v1
             * @interface IMessage
             * @augments fedmq.v1.Message.$Properties
             * @deprecated Use fedmq.v1.Message.$Properties instead.
             */

            /**
             * Shape of a Message.
             * @typedef {{
             *   id?: string|null;
             *   destination?: fedmq.v1.Destination.$Shape|null;
             *   headers?: Object.<string,fedmq.v1.HeaderValue.$Shape>|null;
             *   body?: Uint8Array|null;
             *   persistent?: boolean|null;
             *   priority?: number|null;
             *   timestampMs?: number|null;
             *   expiresAtMs?: number|null;
             *   deliverAtMs?: number|null;
             *   correlationId?: string|null;
             *   replyTo?: fedmq.v1.Destination.$Shape|null;
             *   type?: string|null;
             *   originSite?: string|null;
             *   path?: Array.<string>|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} fedmq.v1.Message.$Shape
             */

            /**
             * Constructs a new Message.
             * @memberof fedmq.v1
             * @classdesc Represents a Message.
             * @constructor
             * @param {fedmq.v1.Message.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Message = function (properties) {
                this.headers = {};
                this.path = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Message id.
             * @member {string} id
             * @memberof fedmq.v1.Message
             * @instance
             */
            Message.prototype.id = "";

            /**
             * Message destination.
             * @member {fedmq.v1.Destination.$Properties|null|undefined} destination
             * @memberof fedmq.v1.Message
             * @instance
             */
            Message.prototype.destination = null;

            /**
             * Message headers.
             * @member {Object.<string,fedmq.v1.HeaderValue.$Properties>} headers
             * @memberof fedmq.v1.Message
             * @instance
             */
            Message.prototype.headers = $util.emptyObject;

            /**
             * Message body.
             * @member {Uint8Array} body
             * @memberof fedmq.v1.Message
             * @instance
             */
            Message.prototype.body = $util.newBuffer([]);

            /**
             * Message persistent.
             * @member {boolean} persistent
             * @memberof fedmq.v1.Message
             * @instance
             */
            Message.prototype.persistent = false;

            /**
             * Message priority.
             * @member {number} priority
             * @memberof fedmq.v1.Message
             * @instance
             */
            Message.prototype.priority = 0;

            /**
             * Message timestampMs.
             * @member {number} timestampMs
             * @memberof fedmq.v1.Message
             * @instance
             */
            Message.prototype.timestampMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Message expiresAtMs.
             * @member {number} expiresAtMs
             * @memberof fedmq.v1.Message
             * @instance
             */
            Message.prototype.expiresAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Message deliverAtMs.
             * @member {number} deliverAtMs
             * @memberof fedmq.v1.Message
             * @instance
             */
            Message.prototype.deliverAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Message correlationId.
             * @member {string} correlationId
             * @memberof fedmq.v1.Message
             * @instance
             */
            Message.prototype.correlationId = "";

            /**
             * Message replyTo.
             * @member {fedmq.v1.Destination.$Properties|null|undefined} replyTo
             * @memberof fedmq.v1.Message
             * @instance
             */
            Message.prototype.replyTo = null;

            /**
             * Message type.
             * @member {string} type
             * @memberof fedmq.v1.Message
             * @instance
             */
            Message.prototype.type = "";

            /**
             * Message originSite.
             * @member {string} originSite
             * @memberof fedmq.v1.Message
             * @instance
             */
            Message.prototype.originSite = "";

            /**
             * Message path.
             * @member {Array.<string>} path
             * @memberof fedmq.v1.Message
             * @instance
             */
            Message.prototype.path = $util.emptyArray;

            /**
             * Creates a new Message instance using the specified properties.
             * @function create
             * @memberof fedmq.v1.Message
             * @static
             * @param {fedmq.v1.Message.$Properties=} [properties] Properties to set
             * @returns {fedmq.v1.Message} Message instance
             * @type {{
             *   (properties: fedmq.v1.Message.$Shape): fedmq.v1.Message & fedmq.v1.Message.$Shape;
             *   (properties?: fedmq.v1.Message.$Properties): fedmq.v1.Message;
             * }}
             */
            Message.create = function(properties) {
                return new Message(properties);
            };

            /**
             * Encodes the specified Message message. Does not implicitly {@link fedmq.v1.Message.verify|verify} messages.
             * @function encode
             * @memberof fedmq.v1.Message
             * @static
             * @param {fedmq.v1.Message.$Properties} message Message message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Message.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                if (message.destination != null && $Object.hasOwnProperty.call(message, "destination"))
                    $root.fedmq.v1.Destination.encode(message.destination, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.headers != null && $Object.hasOwnProperty.call(message, "headers"))
                    for (let keys = $Object.keys(message.headers), i = 0; i < keys.length; ++i) {
                        writer.uint32(/* id 3, wireType 2 =*/26).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]);
                        $root.fedmq.v1.HeaderValue.encode(message.headers[keys[i]], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim().ldelim();
                    }
                if (message.body != null && $Object.hasOwnProperty.call(message, "body") && message.body.length)
                    writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.body);
                if (message.persistent != null && $Object.hasOwnProperty.call(message, "persistent") && message.persistent !== false)
                    writer.uint32(/* id 5, wireType 0 =*/40).bool(message.persistent);
                if (message.priority != null && $Object.hasOwnProperty.call(message, "priority") && message.priority !== 0)
                    writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.priority);
                if (message.timestampMs != null && $Object.hasOwnProperty.call(message, "timestampMs") && (typeof message.timestampMs === "object" ? message.timestampMs.low || message.timestampMs.high : message.timestampMs !== 0))
                    writer.uint32(/* id 7, wireType 0 =*/56).uint64(message.timestampMs);
                if (message.expiresAtMs != null && $Object.hasOwnProperty.call(message, "expiresAtMs") && (typeof message.expiresAtMs === "object" ? message.expiresAtMs.low || message.expiresAtMs.high : message.expiresAtMs !== 0))
                    writer.uint32(/* id 8, wireType 0 =*/64).uint64(message.expiresAtMs);
                if (message.deliverAtMs != null && $Object.hasOwnProperty.call(message, "deliverAtMs") && (typeof message.deliverAtMs === "object" ? message.deliverAtMs.low || message.deliverAtMs.high : message.deliverAtMs !== 0))
                    writer.uint32(/* id 9, wireType 0 =*/72).uint64(message.deliverAtMs);
                if (message.correlationId != null && $Object.hasOwnProperty.call(message, "correlationId") && message.correlationId !== "")
                    writer.uint32(/* id 10, wireType 2 =*/82).string(message.correlationId);
                if (message.replyTo != null && $Object.hasOwnProperty.call(message, "replyTo"))
                    $root.fedmq.v1.Destination.encode(message.replyTo, writer.uint32(/* id 11, wireType 2 =*/90).fork(), _depth + 1).ldelim();
                if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== "")
                    writer.uint32(/* id 12, wireType 2 =*/98).string(message.type);
                if (message.originSite != null && $Object.hasOwnProperty.call(message, "originSite") && message.originSite !== "")
                    writer.uint32(/* id 13, wireType 2 =*/106).string(message.originSite);
                if (message.path != null && message.path.length)
                    for (let i = 0; i < message.path.length; ++i)
                        writer.uint32(/* id 14, wireType 2 =*/114).string(message.path[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Message message from the specified reader or buffer.
             * @function decode
             * @memberof fedmq.v1.Message
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {fedmq.v1.Message & fedmq.v1.Message.$Shape} Message
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Message.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, key, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.fedmq.v1.Message();
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
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.destination = $root.fedmq.v1.Destination.decode(reader, reader.size(), $undefined, _depth + 1, message.destination);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (message.headers === $util.emptyObject)
                                message.headers = {};
                            let end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = null;
                            while (reader.pos < end2) {
                                let tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = $root.fedmq.v1.HeaderValue.decode(reader, reader.size(), $undefined, _depth + 1, value);
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.headers, key);
                            message.headers[key] = value || new $root.fedmq.v1.HeaderValue();
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.body = value;
                            else
                                delete message.body;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.persistent = value;
                            else
                                delete message.persistent;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.priority = value;
                            else
                                delete message.priority;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.timestampMs = value;
                            else
                                delete message.timestampMs;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.expiresAtMs = value;
                            else
                                delete message.expiresAtMs;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.deliverAtMs = value;
                            else
                                delete message.deliverAtMs;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.correlationId = value;
                            else
                                delete message.correlationId;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            message.replyTo = $root.fedmq.v1.Destination.decode(reader, reader.size(), $undefined, _depth + 1, message.replyTo);
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.type = value;
                            else
                                delete message.type;
                            continue;
                        }
                    case 13: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.originSite = value;
                            else
                                delete message.originSite;
                            continue;
                        }
                    case 14: {
                            if (wireType !== 2)
                                break;
                            if (!(message.path && message.path.length))
                                message.path = [];
                            message.path.push(reader.stringVerify());
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

            return Message;
        })();

        v1.ErrorInfo = (function() {

            /**
             * Properties of an ErrorInfo.
             * @typedef {Object} fedmq.v1.ErrorInfo.$Properties
             * @property {string|null} [code] ErrorInfo code
             * @property {string|null} [message] ErrorInfo message
             * @property {number|null} [leaderId] ErrorInfo leaderId
             * @property {string|null} [leaderAddress] ErrorInfo leaderAddress
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an ErrorInfo.
             * @memberof fedmq.v1
             * @interface IErrorInfo
             * @augments fedmq.v1.ErrorInfo.$Properties
             * @deprecated Use fedmq.v1.ErrorInfo.$Properties instead.
             */

            /**
             * Shape of an ErrorInfo.
             * @typedef {fedmq.v1.ErrorInfo.$Properties} fedmq.v1.ErrorInfo.$Shape
             */

            /**
             * Constructs a new ErrorInfo.
             * @memberof fedmq.v1
             * @classdesc Represents an ErrorInfo.
             * @constructor
             * @param {fedmq.v1.ErrorInfo.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ErrorInfo = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ErrorInfo code.
             * @member {string} code
             * @memberof fedmq.v1.ErrorInfo
             * @instance
             */
            ErrorInfo.prototype.code = "";

            /**
             * ErrorInfo message.
             * @member {string} message
             * @memberof fedmq.v1.ErrorInfo
             * @instance
             */
            ErrorInfo.prototype.message = "";

            /**
             * ErrorInfo leaderId.
             * @member {number} leaderId
             * @memberof fedmq.v1.ErrorInfo
             * @instance
             */
            ErrorInfo.prototype.leaderId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * ErrorInfo leaderAddress.
             * @member {string} leaderAddress
             * @memberof fedmq.v1.ErrorInfo
             * @instance
             */
            ErrorInfo.prototype.leaderAddress = "";

            /**
             * Creates a new ErrorInfo instance using the specified properties.
             * @function create
             * @memberof fedmq.v1.ErrorInfo
             * @static
             * @param {fedmq.v1.ErrorInfo.$Properties=} [properties] Properties to set
             * @returns {fedmq.v1.ErrorInfo} ErrorInfo instance
             * @type {{
             *   (properties: fedmq.v1.ErrorInfo.$Shape): fedmq.v1.ErrorInfo & fedmq.v1.ErrorInfo.$Shape;
             *   (properties?: fedmq.v1.ErrorInfo.$Properties): fedmq.v1.ErrorInfo;
             * }}
             */
            ErrorInfo.create = function(properties) {
                return new ErrorInfo(properties);
            };

            /**
             * Encodes the specified ErrorInfo message. Does not implicitly {@link fedmq.v1.ErrorInfo.verify|verify} messages.
             * @function encode
             * @memberof fedmq.v1.ErrorInfo
             * @static
             * @param {fedmq.v1.ErrorInfo.$Properties} message ErrorInfo message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ErrorInfo.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.code != null && $Object.hasOwnProperty.call(message, "code") && message.code !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.code);
                if (message.message != null && $Object.hasOwnProperty.call(message, "message") && message.message !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.message);
                if (message.leaderId != null && $Object.hasOwnProperty.call(message, "leaderId") && (typeof message.leaderId === "object" ? message.leaderId.low || message.leaderId.high : message.leaderId !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.leaderId);
                if (message.leaderAddress != null && $Object.hasOwnProperty.call(message, "leaderAddress") && message.leaderAddress !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.leaderAddress);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an ErrorInfo message from the specified reader or buffer.
             * @function decode
             * @memberof fedmq.v1.ErrorInfo
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {fedmq.v1.ErrorInfo & fedmq.v1.ErrorInfo.$Shape} ErrorInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ErrorInfo.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.fedmq.v1.ErrorInfo();
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
                                message.code = value;
                            else
                                delete message.code;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.message = value;
                            else
                                delete message.message;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.leaderId = value;
                            else
                                delete message.leaderId;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.leaderAddress = value;
                            else
                                delete message.leaderAddress;
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

            return ErrorInfo;
        })();

        v1.SessionHello = (function() {

            /**
             * Properties of a SessionHello.
             * @typedef {Object} fedmq.v1.SessionHello.$Properties
             * @property {number|null} [protocolVersion] SessionHello protocolVersion
             * @property {string|null} [clientId] SessionHello clientId
             * @property {string|null} [clientName] SessionHello clientName
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SessionHello.
             * @memberof fedmq.v1
             * @interface ISessionHello
             * @augments fedmq.v1.SessionHello.$Properties
             * @deprecated Use fedmq.v1.SessionHello.$Properties instead.
             */

            /**
             * Shape of a SessionHello.
             * @typedef {fedmq.v1.SessionHello.$Properties} fedmq.v1.SessionHello.$Shape
             */

            /**
             * Constructs a new SessionHello.
             * @memberof fedmq.v1
             * @classdesc Represents a SessionHello.
             * @constructor
             * @param {fedmq.v1.SessionHello.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SessionHello = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SessionHello protocolVersion.
             * @member {number} protocolVersion
             * @memberof fedmq.v1.SessionHello
             * @instance
             */
            SessionHello.prototype.protocolVersion = 0;

            /**
             * SessionHello clientId.
             * @member {string} clientId
             * @memberof fedmq.v1.SessionHello
             * @instance
             */
            SessionHello.prototype.clientId = "";

            /**
             * SessionHello clientName.
             * @member {string} clientName
             * @memberof fedmq.v1.SessionHello
             * @instance
             */
            SessionHello.prototype.clientName = "";

            /**
             * Creates a new SessionHello instance using the specified properties.
             * @function create
             * @memberof fedmq.v1.SessionHello
             * @static
             * @param {fedmq.v1.SessionHello.$Properties=} [properties] Properties to set
             * @returns {fedmq.v1.SessionHello} SessionHello instance
             * @type {{
             *   (properties: fedmq.v1.SessionHello.$Shape): fedmq.v1.SessionHello & fedmq.v1.SessionHello.$Shape;
             *   (properties?: fedmq.v1.SessionHello.$Properties): fedmq.v1.SessionHello;
             * }}
             */
            SessionHello.create = function(properties) {
                return new SessionHello(properties);
            };

            /**
             * Encodes the specified SessionHello message. Does not implicitly {@link fedmq.v1.SessionHello.verify|verify} messages.
             * @function encode
             * @memberof fedmq.v1.SessionHello
             * @static
             * @param {fedmq.v1.SessionHello.$Properties} message SessionHello message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SessionHello.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.protocolVersion != null && $Object.hasOwnProperty.call(message, "protocolVersion") && message.protocolVersion !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.protocolVersion);
                if (message.clientId != null && $Object.hasOwnProperty.call(message, "clientId") && message.clientId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.clientId);
                if (message.clientName != null && $Object.hasOwnProperty.call(message, "clientName") && message.clientName !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.clientName);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a SessionHello message from the specified reader or buffer.
             * @function decode
             * @memberof fedmq.v1.SessionHello
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {fedmq.v1.SessionHello & fedmq.v1.SessionHello.$Shape} SessionHello
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SessionHello.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.fedmq.v1.SessionHello();
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
                                message.clientId = value;
                            else
                                delete message.clientId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.clientName = value;
                            else
                                delete message.clientName;
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

            return SessionHello;
        })();

        v1.SessionWelcome = (function() {

            /**
             * Properties of a SessionWelcome.
             * @typedef {Object} fedmq.v1.SessionWelcome.$Properties
             * @property {number|null} [protocolVersion] SessionWelcome protocolVersion
             * @property {string|null} [site] SessionWelcome site
             * @property {number|null} [nodeId] SessionWelcome nodeId
             * @property {string|null} [sessionId] SessionWelcome sessionId
             * @property {number|null} [messageBytesMax] SessionWelcome messageBytesMax
             * @property {number|null} [transactionBytesMax] SessionWelcome transactionBytesMax
             * @property {number|null} [dedupeWindowMs] SessionWelcome dedupeWindowMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SessionWelcome.
             * @memberof fedmq.v1
             * @interface ISessionWelcome
             * @augments fedmq.v1.SessionWelcome.$Properties
             * @deprecated Use fedmq.v1.SessionWelcome.$Properties instead.
             */

            /**
             * Shape of a SessionWelcome.
             * @typedef {fedmq.v1.SessionWelcome.$Properties} fedmq.v1.SessionWelcome.$Shape
             */

            /**
             * Constructs a new SessionWelcome.
             * @memberof fedmq.v1
             * @classdesc Represents a SessionWelcome.
             * @constructor
             * @param {fedmq.v1.SessionWelcome.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SessionWelcome = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SessionWelcome protocolVersion.
             * @member {number} protocolVersion
             * @memberof fedmq.v1.SessionWelcome
             * @instance
             */
            SessionWelcome.prototype.protocolVersion = 0;

            /**
             * SessionWelcome site.
             * @member {string} site
             * @memberof fedmq.v1.SessionWelcome
             * @instance
             */
            SessionWelcome.prototype.site = "";

            /**
             * SessionWelcome nodeId.
             * @member {number} nodeId
             * @memberof fedmq.v1.SessionWelcome
             * @instance
             */
            SessionWelcome.prototype.nodeId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * SessionWelcome sessionId.
             * @member {string} sessionId
             * @memberof fedmq.v1.SessionWelcome
             * @instance
             */
            SessionWelcome.prototype.sessionId = "";

            /**
             * SessionWelcome messageBytesMax.
             * @member {number} messageBytesMax
             * @memberof fedmq.v1.SessionWelcome
             * @instance
             */
            SessionWelcome.prototype.messageBytesMax = 0;

            /**
             * SessionWelcome transactionBytesMax.
             * @member {number} transactionBytesMax
             * @memberof fedmq.v1.SessionWelcome
             * @instance
             */
            SessionWelcome.prototype.transactionBytesMax = 0;

            /**
             * SessionWelcome dedupeWindowMs.
             * @member {number} dedupeWindowMs
             * @memberof fedmq.v1.SessionWelcome
             * @instance
             */
            SessionWelcome.prototype.dedupeWindowMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new SessionWelcome instance using the specified properties.
             * @function create
             * @memberof fedmq.v1.SessionWelcome
             * @static
             * @param {fedmq.v1.SessionWelcome.$Properties=} [properties] Properties to set
             * @returns {fedmq.v1.SessionWelcome} SessionWelcome instance
             * @type {{
             *   (properties: fedmq.v1.SessionWelcome.$Shape): fedmq.v1.SessionWelcome & fedmq.v1.SessionWelcome.$Shape;
             *   (properties?: fedmq.v1.SessionWelcome.$Properties): fedmq.v1.SessionWelcome;
             * }}
             */
            SessionWelcome.create = function(properties) {
                return new SessionWelcome(properties);
            };

            /**
             * Encodes the specified SessionWelcome message. Does not implicitly {@link fedmq.v1.SessionWelcome.verify|verify} messages.
             * @function encode
             * @memberof fedmq.v1.SessionWelcome
             * @static
             * @param {fedmq.v1.SessionWelcome.$Properties} message SessionWelcome message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SessionWelcome.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.protocolVersion != null && $Object.hasOwnProperty.call(message, "protocolVersion") && message.protocolVersion !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.protocolVersion);
                if (message.site != null && $Object.hasOwnProperty.call(message, "site") && message.site !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.site);
                if (message.nodeId != null && $Object.hasOwnProperty.call(message, "nodeId") && (typeof message.nodeId === "object" ? message.nodeId.low || message.nodeId.high : message.nodeId !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.nodeId);
                if (message.sessionId != null && $Object.hasOwnProperty.call(message, "sessionId") && message.sessionId !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.sessionId);
                if (message.messageBytesMax != null && $Object.hasOwnProperty.call(message, "messageBytesMax") && message.messageBytesMax !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.messageBytesMax);
                if (message.transactionBytesMax != null && $Object.hasOwnProperty.call(message, "transactionBytesMax") && message.transactionBytesMax !== 0)
                    writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.transactionBytesMax);
                if (message.dedupeWindowMs != null && $Object.hasOwnProperty.call(message, "dedupeWindowMs") && (typeof message.dedupeWindowMs === "object" ? message.dedupeWindowMs.low || message.dedupeWindowMs.high : message.dedupeWindowMs !== 0))
                    writer.uint32(/* id 7, wireType 0 =*/56).uint64(message.dedupeWindowMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a SessionWelcome message from the specified reader or buffer.
             * @function decode
             * @memberof fedmq.v1.SessionWelcome
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {fedmq.v1.SessionWelcome & fedmq.v1.SessionWelcome.$Shape} SessionWelcome
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SessionWelcome.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.fedmq.v1.SessionWelcome();
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
                                message.site = value;
                            else
                                delete message.site;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.nodeId = value;
                            else
                                delete message.nodeId;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.sessionId = value;
                            else
                                delete message.sessionId;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.messageBytesMax = value;
                            else
                                delete message.messageBytesMax;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.transactionBytesMax = value;
                            else
                                delete message.transactionBytesMax;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.dedupeWindowMs = value;
                            else
                                delete message.dedupeWindowMs;
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

            return SessionWelcome;
        })();

        v1.SendRequest = (function() {

            /**
             * Properties of a SendRequest.
             * @typedef {Object} fedmq.v1.SendRequest.$Properties
             * @property {string|null} [messageId] SendRequest messageId
             * @property {fedmq.v1.Destination.$Properties|null} [destination] SendRequest destination
             * @property {Object.<string,fedmq.v1.HeaderValue.$Properties>|null} [headers] SendRequest headers
             * @property {Uint8Array|null} [body] SendRequest body
             * @property {boolean|null} [persistent] SendRequest persistent
             * @property {number|null} [priority] SendRequest priority
             * @property {number|null} [ttlMs] SendRequest ttlMs
             * @property {number|null} [delayMs] SendRequest delayMs
             * @property {string|null} [correlationId] SendRequest correlationId
             * @property {fedmq.v1.Destination.$Properties|null} [replyTo] SendRequest replyTo
             * @property {string|null} [type] SendRequest type
             * @property {number|null} [flowControlWaitMs] SendRequest flowControlWaitMs
             * @property {string|null} [transactionId] SendRequest transactionId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SendRequest.
             * @memberof fedmq.v1
             * @interface ISendRequest
             * @augments fedmq.v1.SendRequest.$Properties
             * @deprecated Use fedmq.v1.SendRequest.$Properties instead.
             */

            /**
             * Shape of a SendRequest.
             * @typedef {{
             *   messageId?: string|null;
             *   destination?: fedmq.v1.Destination.$Shape|null;
             *   headers?: Object.<string,fedmq.v1.HeaderValue.$Shape>|null;
             *   body?: Uint8Array|null;
             *   persistent?: boolean|null;
             *   priority?: number|null;
             *   ttlMs?: number|null;
             *   delayMs?: number|null;
             *   correlationId?: string|null;
             *   replyTo?: fedmq.v1.Destination.$Shape|null;
             *   type?: string|null;
             *   flowControlWaitMs?: number|null;
             *   transactionId?: string|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} fedmq.v1.SendRequest.$Shape
             */

            /**
             * Constructs a new SendRequest.
             * @memberof fedmq.v1
             * @classdesc Represents a SendRequest.
             * @constructor
             * @param {fedmq.v1.SendRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SendRequest = function (properties) {
                this.headers = {};
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SendRequest messageId.
             * @member {string} messageId
             * @memberof fedmq.v1.SendRequest
             * @instance
             */
            SendRequest.prototype.messageId = "";

            /**
             * SendRequest destination.
             * @member {fedmq.v1.Destination.$Properties|null|undefined} destination
             * @memberof fedmq.v1.SendRequest
             * @instance
             */
            SendRequest.prototype.destination = null;

            /**
             * SendRequest headers.
             * @member {Object.<string,fedmq.v1.HeaderValue.$Properties>} headers
             * @memberof fedmq.v1.SendRequest
             * @instance
             */
            SendRequest.prototype.headers = $util.emptyObject;

            /**
             * SendRequest body.
             * @member {Uint8Array} body
             * @memberof fedmq.v1.SendRequest
             * @instance
             */
            SendRequest.prototype.body = $util.newBuffer([]);

            /**
             * SendRequest persistent.
             * @member {boolean} persistent
             * @memberof fedmq.v1.SendRequest
             * @instance
             */
            SendRequest.prototype.persistent = false;

            /**
             * SendRequest priority.
             * @member {number|null|undefined} priority
             * @memberof fedmq.v1.SendRequest
             * @instance
             */
            SendRequest.prototype.priority = null;

            /**
             * SendRequest ttlMs.
             * @member {number} ttlMs
             * @memberof fedmq.v1.SendRequest
             * @instance
             */
            SendRequest.prototype.ttlMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * SendRequest delayMs.
             * @member {number} delayMs
             * @memberof fedmq.v1.SendRequest
             * @instance
             */
            SendRequest.prototype.delayMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * SendRequest correlationId.
             * @member {string} correlationId
             * @memberof fedmq.v1.SendRequest
             * @instance
             */
            SendRequest.prototype.correlationId = "";

            /**
             * SendRequest replyTo.
             * @member {fedmq.v1.Destination.$Properties|null|undefined} replyTo
             * @memberof fedmq.v1.SendRequest
             * @instance
             */
            SendRequest.prototype.replyTo = null;

            /**
             * SendRequest type.
             * @member {string} type
             * @memberof fedmq.v1.SendRequest
             * @instance
             */
            SendRequest.prototype.type = "";

            /**
             * SendRequest flowControlWaitMs.
             * @member {number} flowControlWaitMs
             * @memberof fedmq.v1.SendRequest
             * @instance
             */
            SendRequest.prototype.flowControlWaitMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * SendRequest transactionId.
             * @member {string} transactionId
             * @memberof fedmq.v1.SendRequest
             * @instance
             */
            SendRequest.prototype.transactionId = "";

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(SendRequest.prototype, "_priority", {
                get: $util.oneOfGetter($oneOfFields = ["priority"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new SendRequest instance using the specified properties.
             * @function create
             * @memberof fedmq.v1.SendRequest
             * @static
             * @param {fedmq.v1.SendRequest.$Properties=} [properties] Properties to set
             * @returns {fedmq.v1.SendRequest} SendRequest instance
             * @type {{
             *   (properties: fedmq.v1.SendRequest.$Shape): fedmq.v1.SendRequest & fedmq.v1.SendRequest.$Shape;
             *   (properties?: fedmq.v1.SendRequest.$Properties): fedmq.v1.SendRequest;
             * }}
             */
            SendRequest.create = function(properties) {
                return new SendRequest(properties);
            };

            /**
             * Encodes the specified SendRequest message. Does not implicitly {@link fedmq.v1.SendRequest.verify|verify} messages.
             * @function encode
             * @memberof fedmq.v1.SendRequest
             * @static
             * @param {fedmq.v1.SendRequest.$Properties} message SendRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SendRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId") && message.messageId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.messageId);
                if (message.destination != null && $Object.hasOwnProperty.call(message, "destination"))
                    $root.fedmq.v1.Destination.encode(message.destination, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.headers != null && $Object.hasOwnProperty.call(message, "headers"))
                    for (let keys = $Object.keys(message.headers), i = 0; i < keys.length; ++i) {
                        writer.uint32(/* id 3, wireType 2 =*/26).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]);
                        $root.fedmq.v1.HeaderValue.encode(message.headers[keys[i]], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim().ldelim();
                    }
                if (message.body != null && $Object.hasOwnProperty.call(message, "body") && message.body.length)
                    writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.body);
                if (message.persistent != null && $Object.hasOwnProperty.call(message, "persistent") && message.persistent !== false)
                    writer.uint32(/* id 5, wireType 0 =*/40).bool(message.persistent);
                if (message.priority != null && $Object.hasOwnProperty.call(message, "priority"))
                    writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.priority);
                if (message.ttlMs != null && $Object.hasOwnProperty.call(message, "ttlMs") && (typeof message.ttlMs === "object" ? message.ttlMs.low || message.ttlMs.high : message.ttlMs !== 0))
                    writer.uint32(/* id 7, wireType 0 =*/56).uint64(message.ttlMs);
                if (message.delayMs != null && $Object.hasOwnProperty.call(message, "delayMs") && (typeof message.delayMs === "object" ? message.delayMs.low || message.delayMs.high : message.delayMs !== 0))
                    writer.uint32(/* id 8, wireType 0 =*/64).uint64(message.delayMs);
                if (message.correlationId != null && $Object.hasOwnProperty.call(message, "correlationId") && message.correlationId !== "")
                    writer.uint32(/* id 9, wireType 2 =*/74).string(message.correlationId);
                if (message.replyTo != null && $Object.hasOwnProperty.call(message, "replyTo"))
                    $root.fedmq.v1.Destination.encode(message.replyTo, writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
                if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== "")
                    writer.uint32(/* id 11, wireType 2 =*/90).string(message.type);
                if (message.flowControlWaitMs != null && $Object.hasOwnProperty.call(message, "flowControlWaitMs") && (typeof message.flowControlWaitMs === "object" ? message.flowControlWaitMs.low || message.flowControlWaitMs.high : message.flowControlWaitMs !== 0))
                    writer.uint32(/* id 12, wireType 0 =*/96).uint64(message.flowControlWaitMs);
                if (message.transactionId != null && $Object.hasOwnProperty.call(message, "transactionId") && message.transactionId !== "")
                    writer.uint32(/* id 13, wireType 2 =*/106).string(message.transactionId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a SendRequest message from the specified reader or buffer.
             * @function decode
             * @memberof fedmq.v1.SendRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {fedmq.v1.SendRequest & fedmq.v1.SendRequest.$Shape} SendRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SendRequest.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, key, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.fedmq.v1.SendRequest();
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
                                message.messageId = value;
                            else
                                delete message.messageId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.destination = $root.fedmq.v1.Destination.decode(reader, reader.size(), $undefined, _depth + 1, message.destination);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (message.headers === $util.emptyObject)
                                message.headers = {};
                            let end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = null;
                            while (reader.pos < end2) {
                                let tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = $root.fedmq.v1.HeaderValue.decode(reader, reader.size(), $undefined, _depth + 1, value);
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.headers, key);
                            message.headers[key] = value || new $root.fedmq.v1.HeaderValue();
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.body = value;
                            else
                                delete message.body;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.persistent = value;
                            else
                                delete message.persistent;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            message.priority = reader.uint32();
                            message._priority = "priority";
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.ttlMs = value;
                            else
                                delete message.ttlMs;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.delayMs = value;
                            else
                                delete message.delayMs;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.correlationId = value;
                            else
                                delete message.correlationId;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            message.replyTo = $root.fedmq.v1.Destination.decode(reader, reader.size(), $undefined, _depth + 1, message.replyTo);
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.type = value;
                            else
                                delete message.type;
                            continue;
                        }
                    case 12: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.flowControlWaitMs = value;
                            else
                                delete message.flowControlWaitMs;
                            continue;
                        }
                    case 13: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.transactionId = value;
                            else
                                delete message.transactionId;
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

            return SendRequest;
        })();

        /**
         * AckMode enum.
         * @name fedmq.v1.AckMode
         * @enum {number}
         * @property {number} ACK_MODE_UNSPECIFIED=0 ACK_MODE_UNSPECIFIED value
         * @property {number} ACK_AUTO=1 ACK_AUTO value
         * @property {number} ACK_CLIENT=2 ACK_CLIENT value
         * @property {number} ACK_INDIVIDUAL=3 ACK_INDIVIDUAL value
         */
        v1.AckMode = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "ACK_MODE_UNSPECIFIED"] = 0;
            values[valuesById[1] = "ACK_AUTO"] = 1;
            values[valuesById[2] = "ACK_CLIENT"] = 2;
            values[valuesById[3] = "ACK_INDIVIDUAL"] = 3;
            return values;
        })();

        v1.Subscribe = (function() {

            /**
             * Properties of a Subscribe.
             * @typedef {Object} fedmq.v1.Subscribe.$Properties
             * @property {string|null} [consumerId] Subscribe consumerId
             * @property {fedmq.v1.Destination.$Properties|null} [destination] Subscribe destination
             * @property {string|null} [selector] Subscribe selector
             * @property {fedmq.v1.AckMode|null} [ackMode] Subscribe ackMode
             * @property {number|null} [prefetch] Subscribe prefetch
             * @property {string|null} [durableName] Subscribe durableName
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Subscribe.
             * @memberof fedmq.v1
             * @interface ISubscribe
             * @augments fedmq.v1.Subscribe.$Properties
             * @deprecated Use fedmq.v1.Subscribe.$Properties instead.
             */

            /**
             * Shape of a Subscribe.
             * @typedef {fedmq.v1.Subscribe.$Properties} fedmq.v1.Subscribe.$Shape
             */

            /**
             * Constructs a new Subscribe.
             * @memberof fedmq.v1
             * @classdesc Represents a Subscribe.
             * @constructor
             * @param {fedmq.v1.Subscribe.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Subscribe = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Subscribe consumerId.
             * @member {string} consumerId
             * @memberof fedmq.v1.Subscribe
             * @instance
             */
            Subscribe.prototype.consumerId = "";

            /**
             * Subscribe destination.
             * @member {fedmq.v1.Destination.$Properties|null|undefined} destination
             * @memberof fedmq.v1.Subscribe
             * @instance
             */
            Subscribe.prototype.destination = null;

            /**
             * Subscribe selector.
             * @member {string} selector
             * @memberof fedmq.v1.Subscribe
             * @instance
             */
            Subscribe.prototype.selector = "";

            /**
             * Subscribe ackMode.
             * @member {fedmq.v1.AckMode} ackMode
             * @memberof fedmq.v1.Subscribe
             * @instance
             */
            Subscribe.prototype.ackMode = 0;

            /**
             * Subscribe prefetch.
             * @member {number} prefetch
             * @memberof fedmq.v1.Subscribe
             * @instance
             */
            Subscribe.prototype.prefetch = 0;

            /**
             * Subscribe durableName.
             * @member {string} durableName
             * @memberof fedmq.v1.Subscribe
             * @instance
             */
            Subscribe.prototype.durableName = "";

            /**
             * Creates a new Subscribe instance using the specified properties.
             * @function create
             * @memberof fedmq.v1.Subscribe
             * @static
             * @param {fedmq.v1.Subscribe.$Properties=} [properties] Properties to set
             * @returns {fedmq.v1.Subscribe} Subscribe instance
             * @type {{
             *   (properties: fedmq.v1.Subscribe.$Shape): fedmq.v1.Subscribe & fedmq.v1.Subscribe.$Shape;
             *   (properties?: fedmq.v1.Subscribe.$Properties): fedmq.v1.Subscribe;
             * }}
             */
            Subscribe.create = function(properties) {
                return new Subscribe(properties);
            };

            /**
             * Encodes the specified Subscribe message. Does not implicitly {@link fedmq.v1.Subscribe.verify|verify} messages.
             * @function encode
             * @memberof fedmq.v1.Subscribe
             * @static
             * @param {fedmq.v1.Subscribe.$Properties} message Subscribe message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Subscribe.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.consumerId != null && $Object.hasOwnProperty.call(message, "consumerId") && message.consumerId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.consumerId);
                if (message.destination != null && $Object.hasOwnProperty.call(message, "destination"))
                    $root.fedmq.v1.Destination.encode(message.destination, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.selector != null && $Object.hasOwnProperty.call(message, "selector") && message.selector !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.selector);
                if (message.ackMode != null && $Object.hasOwnProperty.call(message, "ackMode") && message.ackMode !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).int32(message.ackMode);
                if (message.prefetch != null && $Object.hasOwnProperty.call(message, "prefetch") && message.prefetch !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.prefetch);
                if (message.durableName != null && $Object.hasOwnProperty.call(message, "durableName") && message.durableName !== "")
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.durableName);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Subscribe message from the specified reader or buffer.
             * @function decode
             * @memberof fedmq.v1.Subscribe
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {fedmq.v1.Subscribe & fedmq.v1.Subscribe.$Shape} Subscribe
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Subscribe.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.fedmq.v1.Subscribe();
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
                                message.consumerId = value;
                            else
                                delete message.consumerId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.destination = $root.fedmq.v1.Destination.decode(reader, reader.size(), $undefined, _depth + 1, message.destination);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.selector = value;
                            else
                                delete message.selector;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.ackMode = value;
                            else
                                delete message.ackMode;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.prefetch = value;
                            else
                                delete message.prefetch;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.durableName = value;
                            else
                                delete message.durableName;
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

            return Subscribe;
        })();

        v1.Unsubscribe = (function() {

            /**
             * Properties of an Unsubscribe.
             * @typedef {Object} fedmq.v1.Unsubscribe.$Properties
             * @property {string|null} [consumerId] Unsubscribe consumerId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Unsubscribe.
             * @memberof fedmq.v1
             * @interface IUnsubscribe
             * @augments fedmq.v1.Unsubscribe.$Properties
             * @deprecated Use fedmq.v1.Unsubscribe.$Properties instead.
             */

            /**
             * Shape of an Unsubscribe.
             * @typedef {fedmq.v1.Unsubscribe.$Properties} fedmq.v1.Unsubscribe.$Shape
             */

            /**
             * Constructs a new Unsubscribe.
             * @memberof fedmq.v1
             * @classdesc Represents an Unsubscribe.
             * @constructor
             * @param {fedmq.v1.Unsubscribe.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Unsubscribe = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Unsubscribe consumerId.
             * @member {string} consumerId
             * @memberof fedmq.v1.Unsubscribe
             * @instance
             */
            Unsubscribe.prototype.consumerId = "";

            /**
             * Creates a new Unsubscribe instance using the specified properties.
             * @function create
             * @memberof fedmq.v1.Unsubscribe
             * @static
             * @param {fedmq.v1.Unsubscribe.$Properties=} [properties] Properties to set
             * @returns {fedmq.v1.Unsubscribe} Unsubscribe instance
             * @type {{
             *   (properties: fedmq.v1.Unsubscribe.$Shape): fedmq.v1.Unsubscribe & fedmq.v1.Unsubscribe.$Shape;
             *   (properties?: fedmq.v1.Unsubscribe.$Properties): fedmq.v1.Unsubscribe;
             * }}
             */
            Unsubscribe.create = function(properties) {
                return new Unsubscribe(properties);
            };

            /**
             * Encodes the specified Unsubscribe message. Does not implicitly {@link fedmq.v1.Unsubscribe.verify|verify} messages.
             * @function encode
             * @memberof fedmq.v1.Unsubscribe
             * @static
             * @param {fedmq.v1.Unsubscribe.$Properties} message Unsubscribe message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Unsubscribe.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.consumerId != null && $Object.hasOwnProperty.call(message, "consumerId") && message.consumerId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.consumerId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an Unsubscribe message from the specified reader or buffer.
             * @function decode
             * @memberof fedmq.v1.Unsubscribe
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {fedmq.v1.Unsubscribe & fedmq.v1.Unsubscribe.$Shape} Unsubscribe
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Unsubscribe.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.fedmq.v1.Unsubscribe();
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
                                message.consumerId = value;
                            else
                                delete message.consumerId;
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

            return Unsubscribe;
        })();

        v1.AckRequest = (function() {

            /**
             * Properties of an AckRequest.
             * @typedef {Object} fedmq.v1.AckRequest.$Properties
             * @property {string|null} [consumerId] AckRequest consumerId
             * @property {Array.<number>|null} [deliveryTags] AckRequest deliveryTags
             * @property {string|null} [transactionId] AckRequest transactionId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an AckRequest.
             * @memberof fedmq.v1
             * @interface IAckRequest
             * @augments fedmq.v1.AckRequest.$Properties
             * @deprecated Use fedmq.v1.AckRequest.$Properties instead.
             */

            /**
             * Shape of an AckRequest.
             * @typedef {fedmq.v1.AckRequest.$Properties} fedmq.v1.AckRequest.$Shape
             */

            /**
             * Constructs a new AckRequest.
             * @memberof fedmq.v1
             * @classdesc Represents an AckRequest.
             * @constructor
             * @param {fedmq.v1.AckRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const AckRequest = function (properties) {
                this.deliveryTags = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * AckRequest consumerId.
             * @member {string} consumerId
             * @memberof fedmq.v1.AckRequest
             * @instance
             */
            AckRequest.prototype.consumerId = "";

            /**
             * AckRequest deliveryTags.
             * @member {Array.<number>} deliveryTags
             * @memberof fedmq.v1.AckRequest
             * @instance
             */
            AckRequest.prototype.deliveryTags = $util.emptyArray;

            /**
             * AckRequest transactionId.
             * @member {string} transactionId
             * @memberof fedmq.v1.AckRequest
             * @instance
             */
            AckRequest.prototype.transactionId = "";

            /**
             * Creates a new AckRequest instance using the specified properties.
             * @function create
             * @memberof fedmq.v1.AckRequest
             * @static
             * @param {fedmq.v1.AckRequest.$Properties=} [properties] Properties to set
             * @returns {fedmq.v1.AckRequest} AckRequest instance
             * @type {{
             *   (properties: fedmq.v1.AckRequest.$Shape): fedmq.v1.AckRequest & fedmq.v1.AckRequest.$Shape;
             *   (properties?: fedmq.v1.AckRequest.$Properties): fedmq.v1.AckRequest;
             * }}
             */
            AckRequest.create = function(properties) {
                return new AckRequest(properties);
            };

            /**
             * Encodes the specified AckRequest message. Does not implicitly {@link fedmq.v1.AckRequest.verify|verify} messages.
             * @function encode
             * @memberof fedmq.v1.AckRequest
             * @static
             * @param {fedmq.v1.AckRequest.$Properties} message AckRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AckRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.consumerId != null && $Object.hasOwnProperty.call(message, "consumerId") && message.consumerId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.consumerId);
                if (message.deliveryTags != null && message.deliveryTags.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).uint64s(message.deliveryTags);
                if (message.transactionId != null && $Object.hasOwnProperty.call(message, "transactionId") && message.transactionId !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.transactionId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an AckRequest message from the specified reader or buffer.
             * @function decode
             * @memberof fedmq.v1.AckRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {fedmq.v1.AckRequest & fedmq.v1.AckRequest.$Shape} AckRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AckRequest.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.fedmq.v1.AckRequest();
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
                                message.consumerId = value;
                            else
                                delete message.consumerId;
                            continue;
                        }
                    case 2: {
                            if (wireType === 2) {
                                if (!(message.deliveryTags && message.deliveryTags.length))
                                    message.deliveryTags = [];
                                reader.uint64s(message.deliveryTags);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.deliveryTags && message.deliveryTags.length))
                                message.deliveryTags = [];
                            message.deliveryTags.push(reader.uint64());
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.transactionId = value;
                            else
                                delete message.transactionId;
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

            return AckRequest;
        })();

        v1.NackRequest = (function() {

            /**
             * Properties of a NackRequest.
             * @typedef {Object} fedmq.v1.NackRequest.$Properties
             * @property {string|null} [consumerId] NackRequest consumerId
             * @property {Array.<number>|null} [deliveryTags] NackRequest deliveryTags
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a NackRequest.
             * @memberof fedmq.v1
             * @interface INackRequest
             * @augments fedmq.v1.NackRequest.$Properties
             * @deprecated Use fedmq.v1.NackRequest.$Properties instead.
             */

            /**
             * Shape of a NackRequest.
             * @typedef {fedmq.v1.NackRequest.$Properties} fedmq.v1.NackRequest.$Shape
             */

            /**
             * Constructs a new NackRequest.
             * @memberof fedmq.v1
             * @classdesc Represents a NackRequest.
             * @constructor
             * @param {fedmq.v1.NackRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const NackRequest = function (properties) {
                this.deliveryTags = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * NackRequest consumerId.
             * @member {string} consumerId
             * @memberof fedmq.v1.NackRequest
             * @instance
             */
            NackRequest.prototype.consumerId = "";

            /**
             * NackRequest deliveryTags.
             * @member {Array.<number>} deliveryTags
             * @memberof fedmq.v1.NackRequest
             * @instance
             */
            NackRequest.prototype.deliveryTags = $util.emptyArray;

            /**
             * Creates a new NackRequest instance using the specified properties.
             * @function create
             * @memberof fedmq.v1.NackRequest
             * @static
             * @param {fedmq.v1.NackRequest.$Properties=} [properties] Properties to set
             * @returns {fedmq.v1.NackRequest} NackRequest instance
             * @type {{
             *   (properties: fedmq.v1.NackRequest.$Shape): fedmq.v1.NackRequest & fedmq.v1.NackRequest.$Shape;
             *   (properties?: fedmq.v1.NackRequest.$Properties): fedmq.v1.NackRequest;
             * }}
             */
            NackRequest.create = function(properties) {
                return new NackRequest(properties);
            };

            /**
             * Encodes the specified NackRequest message. Does not implicitly {@link fedmq.v1.NackRequest.verify|verify} messages.
             * @function encode
             * @memberof fedmq.v1.NackRequest
             * @static
             * @param {fedmq.v1.NackRequest.$Properties} message NackRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NackRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.consumerId != null && $Object.hasOwnProperty.call(message, "consumerId") && message.consumerId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.consumerId);
                if (message.deliveryTags != null && message.deliveryTags.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).uint64s(message.deliveryTags);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a NackRequest message from the specified reader or buffer.
             * @function decode
             * @memberof fedmq.v1.NackRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {fedmq.v1.NackRequest & fedmq.v1.NackRequest.$Shape} NackRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NackRequest.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.fedmq.v1.NackRequest();
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
                                message.consumerId = value;
                            else
                                delete message.consumerId;
                            continue;
                        }
                    case 2: {
                            if (wireType === 2) {
                                if (!(message.deliveryTags && message.deliveryTags.length))
                                    message.deliveryTags = [];
                                reader.uint64s(message.deliveryTags);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.deliveryTags && message.deliveryTags.length))
                                message.deliveryTags = [];
                            message.deliveryTags.push(reader.uint64());
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

            return NackRequest;
        })();

        v1.BeginTransaction = (function() {

            /**
             * Properties of a BeginTransaction.
             * @typedef {Object} fedmq.v1.BeginTransaction.$Properties
             * @property {string|null} [transactionId] BeginTransaction transactionId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a BeginTransaction.
             * @memberof fedmq.v1
             * @interface IBeginTransaction
             * @augments fedmq.v1.BeginTransaction.$Properties
             * @deprecated Use fedmq.v1.BeginTransaction.$Properties instead.
             */

            /**
             * Shape of a BeginTransaction.
             * @typedef {fedmq.v1.BeginTransaction.$Properties} fedmq.v1.BeginTransaction.$Shape
             */

            /**
             * Constructs a new BeginTransaction.
             * @memberof fedmq.v1
             * @classdesc Represents a BeginTransaction.
             * @constructor
             * @param {fedmq.v1.BeginTransaction.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const BeginTransaction = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * BeginTransaction transactionId.
             * @member {string} transactionId
             * @memberof fedmq.v1.BeginTransaction
             * @instance
             */
            BeginTransaction.prototype.transactionId = "";

            /**
             * Creates a new BeginTransaction instance using the specified properties.
             * @function create
             * @memberof fedmq.v1.BeginTransaction
             * @static
             * @param {fedmq.v1.BeginTransaction.$Properties=} [properties] Properties to set
             * @returns {fedmq.v1.BeginTransaction} BeginTransaction instance
             * @type {{
             *   (properties: fedmq.v1.BeginTransaction.$Shape): fedmq.v1.BeginTransaction & fedmq.v1.BeginTransaction.$Shape;
             *   (properties?: fedmq.v1.BeginTransaction.$Properties): fedmq.v1.BeginTransaction;
             * }}
             */
            BeginTransaction.create = function(properties) {
                return new BeginTransaction(properties);
            };

            /**
             * Encodes the specified BeginTransaction message. Does not implicitly {@link fedmq.v1.BeginTransaction.verify|verify} messages.
             * @function encode
             * @memberof fedmq.v1.BeginTransaction
             * @static
             * @param {fedmq.v1.BeginTransaction.$Properties} message BeginTransaction message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            BeginTransaction.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.transactionId != null && $Object.hasOwnProperty.call(message, "transactionId") && message.transactionId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.transactionId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a BeginTransaction message from the specified reader or buffer.
             * @function decode
             * @memberof fedmq.v1.BeginTransaction
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {fedmq.v1.BeginTransaction & fedmq.v1.BeginTransaction.$Shape} BeginTransaction
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            BeginTransaction.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.fedmq.v1.BeginTransaction();
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
                                message.transactionId = value;
                            else
                                delete message.transactionId;
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

            return BeginTransaction;
        })();

        v1.CommitTransaction = (function() {

            /**
             * Properties of a CommitTransaction.
             * @typedef {Object} fedmq.v1.CommitTransaction.$Properties
             * @property {string|null} [transactionId] CommitTransaction transactionId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a CommitTransaction.
             * @memberof fedmq.v1
             * @interface ICommitTransaction
             * @augments fedmq.v1.CommitTransaction.$Properties
             * @deprecated Use fedmq.v1.CommitTransaction.$Properties instead.
             */

            /**
             * Shape of a CommitTransaction.
             * @typedef {fedmq.v1.CommitTransaction.$Properties} fedmq.v1.CommitTransaction.$Shape
             */

            /**
             * Constructs a new CommitTransaction.
             * @memberof fedmq.v1
             * @classdesc Represents a CommitTransaction.
             * @constructor
             * @param {fedmq.v1.CommitTransaction.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const CommitTransaction = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * CommitTransaction transactionId.
             * @member {string} transactionId
             * @memberof fedmq.v1.CommitTransaction
             * @instance
             */
            CommitTransaction.prototype.transactionId = "";

            /**
             * Creates a new CommitTransaction instance using the specified properties.
             * @function create
             * @memberof fedmq.v1.CommitTransaction
             * @static
             * @param {fedmq.v1.CommitTransaction.$Properties=} [properties] Properties to set
             * @returns {fedmq.v1.CommitTransaction} CommitTransaction instance
             * @type {{
             *   (properties: fedmq.v1.CommitTransaction.$Shape): fedmq.v1.CommitTransaction & fedmq.v1.CommitTransaction.$Shape;
             *   (properties?: fedmq.v1.CommitTransaction.$Properties): fedmq.v1.CommitTransaction;
             * }}
             */
            CommitTransaction.create = function(properties) {
                return new CommitTransaction(properties);
            };

            /**
             * Encodes the specified CommitTransaction message. Does not implicitly {@link fedmq.v1.CommitTransaction.verify|verify} messages.
             * @function encode
             * @memberof fedmq.v1.CommitTransaction
             * @static
             * @param {fedmq.v1.CommitTransaction.$Properties} message CommitTransaction message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CommitTransaction.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.transactionId != null && $Object.hasOwnProperty.call(message, "transactionId") && message.transactionId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.transactionId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a CommitTransaction message from the specified reader or buffer.
             * @function decode
             * @memberof fedmq.v1.CommitTransaction
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {fedmq.v1.CommitTransaction & fedmq.v1.CommitTransaction.$Shape} CommitTransaction
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CommitTransaction.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.fedmq.v1.CommitTransaction();
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
                                message.transactionId = value;
                            else
                                delete message.transactionId;
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

            return CommitTransaction;
        })();

        v1.RollbackTransaction = (function() {

            /**
             * Properties of a RollbackTransaction.
             * @typedef {Object} fedmq.v1.RollbackTransaction.$Properties
             * @property {string|null} [transactionId] RollbackTransaction transactionId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RollbackTransaction.
             * @memberof fedmq.v1
             * @interface IRollbackTransaction
             * @augments fedmq.v1.RollbackTransaction.$Properties
             * @deprecated Use fedmq.v1.RollbackTransaction.$Properties instead.
             */

            /**
             * Shape of a RollbackTransaction.
             * @typedef {fedmq.v1.RollbackTransaction.$Properties} fedmq.v1.RollbackTransaction.$Shape
             */

            /**
             * Constructs a new RollbackTransaction.
             * @memberof fedmq.v1
             * @classdesc Represents a RollbackTransaction.
             * @constructor
             * @param {fedmq.v1.RollbackTransaction.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RollbackTransaction = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RollbackTransaction transactionId.
             * @member {string} transactionId
             * @memberof fedmq.v1.RollbackTransaction
             * @instance
             */
            RollbackTransaction.prototype.transactionId = "";

            /**
             * Creates a new RollbackTransaction instance using the specified properties.
             * @function create
             * @memberof fedmq.v1.RollbackTransaction
             * @static
             * @param {fedmq.v1.RollbackTransaction.$Properties=} [properties] Properties to set
             * @returns {fedmq.v1.RollbackTransaction} RollbackTransaction instance
             * @type {{
             *   (properties: fedmq.v1.RollbackTransaction.$Shape): fedmq.v1.RollbackTransaction & fedmq.v1.RollbackTransaction.$Shape;
             *   (properties?: fedmq.v1.RollbackTransaction.$Properties): fedmq.v1.RollbackTransaction;
             * }}
             */
            RollbackTransaction.create = function(properties) {
                return new RollbackTransaction(properties);
            };

            /**
             * Encodes the specified RollbackTransaction message. Does not implicitly {@link fedmq.v1.RollbackTransaction.verify|verify} messages.
             * @function encode
             * @memberof fedmq.v1.RollbackTransaction
             * @static
             * @param {fedmq.v1.RollbackTransaction.$Properties} message RollbackTransaction message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RollbackTransaction.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.transactionId != null && $Object.hasOwnProperty.call(message, "transactionId") && message.transactionId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.transactionId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a RollbackTransaction message from the specified reader or buffer.
             * @function decode
             * @memberof fedmq.v1.RollbackTransaction
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {fedmq.v1.RollbackTransaction & fedmq.v1.RollbackTransaction.$Shape} RollbackTransaction
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RollbackTransaction.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.fedmq.v1.RollbackTransaction();
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
                                message.transactionId = value;
                            else
                                delete message.transactionId;
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

            return RollbackTransaction;
        })();

        v1.CreateTemporaryQueue = (function() {

            /**
             * Properties of a CreateTemporaryQueue.
             * @typedef {Object} fedmq.v1.CreateTemporaryQueue.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a CreateTemporaryQueue.
             * @memberof fedmq.v1
             * @interface ICreateTemporaryQueue
             * @augments fedmq.v1.CreateTemporaryQueue.$Properties
             * @deprecated Use fedmq.v1.CreateTemporaryQueue.$Properties instead.
             */

            /**
             * Shape of a CreateTemporaryQueue.
             * @typedef {fedmq.v1.CreateTemporaryQueue.$Properties} fedmq.v1.CreateTemporaryQueue.$Shape
             */

            /**
             * Constructs a new CreateTemporaryQueue.
             * @memberof fedmq.v1
             * @classdesc Represents a CreateTemporaryQueue.
             * @constructor
             * @param {fedmq.v1.CreateTemporaryQueue.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const CreateTemporaryQueue = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Creates a new CreateTemporaryQueue instance using the specified properties.
             * @function create
             * @memberof fedmq.v1.CreateTemporaryQueue
             * @static
             * @param {fedmq.v1.CreateTemporaryQueue.$Properties=} [properties] Properties to set
             * @returns {fedmq.v1.CreateTemporaryQueue} CreateTemporaryQueue instance
             * @type {{
             *   (properties: fedmq.v1.CreateTemporaryQueue.$Shape): fedmq.v1.CreateTemporaryQueue & fedmq.v1.CreateTemporaryQueue.$Shape;
             *   (properties?: fedmq.v1.CreateTemporaryQueue.$Properties): fedmq.v1.CreateTemporaryQueue;
             * }}
             */
            CreateTemporaryQueue.create = function(properties) {
                return new CreateTemporaryQueue(properties);
            };

            /**
             * Encodes the specified CreateTemporaryQueue message. Does not implicitly {@link fedmq.v1.CreateTemporaryQueue.verify|verify} messages.
             * @function encode
             * @memberof fedmq.v1.CreateTemporaryQueue
             * @static
             * @param {fedmq.v1.CreateTemporaryQueue.$Properties} message CreateTemporaryQueue message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CreateTemporaryQueue.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a CreateTemporaryQueue message from the specified reader or buffer.
             * @function decode
             * @memberof fedmq.v1.CreateTemporaryQueue
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {fedmq.v1.CreateTemporaryQueue & fedmq.v1.CreateTemporaryQueue.$Shape} CreateTemporaryQueue
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CreateTemporaryQueue.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.fedmq.v1.CreateTemporaryQueue();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    reader.skipType(tag & 7, _depth, tag);
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

            return CreateTemporaryQueue;
        })();

        v1.ClientRequest = (function() {

            /**
             * Properties of a ClientRequest.
             * @typedef {Object} fedmq.v1.ClientRequest.$Properties
             * @property {number|null} [requestId] ClientRequest requestId
             * @property {fedmq.v1.SendRequest.$Properties|null} [send] ClientRequest send
             * @property {fedmq.v1.Subscribe.$Properties|null} [subscribe] ClientRequest subscribe
             * @property {fedmq.v1.Unsubscribe.$Properties|null} [unsubscribe] ClientRequest unsubscribe
             * @property {fedmq.v1.AckRequest.$Properties|null} [ack] ClientRequest ack
             * @property {fedmq.v1.NackRequest.$Properties|null} [nack] ClientRequest nack
             * @property {fedmq.v1.BeginTransaction.$Properties|null} [begin] ClientRequest begin
             * @property {fedmq.v1.CommitTransaction.$Properties|null} [commit] ClientRequest commit
             * @property {fedmq.v1.RollbackTransaction.$Properties|null} [rollback] ClientRequest rollback
             * @property {fedmq.v1.CreateTemporaryQueue.$Properties|null} [createTemporaryQueue] ClientRequest createTemporaryQueue
             * @property {"send"|"subscribe"|"unsubscribe"|"ack"|"nack"|"begin"|"commit"|"rollback"|"createTemporaryQueue"} [body] ClientRequest body
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ClientRequest.
             * @memberof fedmq.v1
             * @interface IClientRequest
             * @augments fedmq.v1.ClientRequest.$Properties
             * @deprecated Use fedmq.v1.ClientRequest.$Properties instead.
             */

            /**
             * Narrowed shape of a ClientRequest.
             * @typedef {{
             *   requestId?: number|null;
             *   send?: fedmq.v1.SendRequest.$Shape|null;
             *   subscribe?: fedmq.v1.Subscribe.$Shape|null;
             *   unsubscribe?: fedmq.v1.Unsubscribe.$Shape|null;
             *   ack?: fedmq.v1.AckRequest.$Shape|null;
             *   nack?: fedmq.v1.NackRequest.$Shape|null;
             *   begin?: fedmq.v1.BeginTransaction.$Shape|null;
             *   commit?: fedmq.v1.CommitTransaction.$Shape|null;
             *   rollback?: fedmq.v1.RollbackTransaction.$Shape|null;
             *   createTemporaryQueue?: fedmq.v1.CreateTemporaryQueue.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ body?: undefined; send?: null; subscribe?: null; unsubscribe?: null; ack?: null; nack?: null; begin?: null; commit?: null; rollback?: null; createTemporaryQueue?: null }|{ body?: "send"; send: fedmq.v1.SendRequest.$Shape; subscribe?: null; unsubscribe?: null; ack?: null; nack?: null; begin?: null; commit?: null; rollback?: null; createTemporaryQueue?: null }|{ body?: "subscribe"; send?: null; subscribe: fedmq.v1.Subscribe.$Shape; unsubscribe?: null; ack?: null; nack?: null; begin?: null; commit?: null; rollback?: null; createTemporaryQueue?: null }|{ body?: "unsubscribe"; send?: null; subscribe?: null; unsubscribe: fedmq.v1.Unsubscribe.$Shape; ack?: null; nack?: null; begin?: null; commit?: null; rollback?: null; createTemporaryQueue?: null }|{ body?: "ack"; send?: null; subscribe?: null; unsubscribe?: null; ack: fedmq.v1.AckRequest.$Shape; nack?: null; begin?: null; commit?: null; rollback?: null; createTemporaryQueue?: null }|{ body?: "nack"; send?: null; subscribe?: null; unsubscribe?: null; ack?: null; nack: fedmq.v1.NackRequest.$Shape; begin?: null; commit?: null; rollback?: null; createTemporaryQueue?: null }|{ body?: "begin"; send?: null; subscribe?: null; unsubscribe?: null; ack?: null; nack?: null; begin: fedmq.v1.BeginTransaction.$Shape; commit?: null; rollback?: null; createTemporaryQueue?: null }|{ body?: "commit"; send?: null; subscribe?: null; unsubscribe?: null; ack?: null; nack?: null; begin?: null; commit: fedmq.v1.CommitTransaction.$Shape; rollback?: null; createTemporaryQueue?: null }|{ body?: "rollback"; send?: null; subscribe?: null; unsubscribe?: null; ack?: null; nack?: null; begin?: null; commit?: null; rollback: fedmq.v1.RollbackTransaction.$Shape; createTemporaryQueue?: null }|{ body?: "createTemporaryQueue"; send?: null; subscribe?: null; unsubscribe?: null; ack?: null; nack?: null; begin?: null; commit?: null; rollback?: null; createTemporaryQueue: fedmq.v1.CreateTemporaryQueue.$Shape })
             * )} fedmq.v1.ClientRequest.$Shape
             */

            /**
             * Constructs a new ClientRequest.
             * @memberof fedmq.v1
             * @classdesc Represents a ClientRequest.
             * @constructor
             * @param {fedmq.v1.ClientRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ClientRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ClientRequest requestId.
             * @member {number} requestId
             * @memberof fedmq.v1.ClientRequest
             * @instance
             */
            ClientRequest.prototype.requestId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * ClientRequest send.
             * @member {fedmq.v1.SendRequest.$Properties|null|undefined} send
             * @memberof fedmq.v1.ClientRequest
             * @instance
             */
            ClientRequest.prototype.send = null;

            /**
             * ClientRequest subscribe.
             * @member {fedmq.v1.Subscribe.$Properties|null|undefined} subscribe
             * @memberof fedmq.v1.ClientRequest
             * @instance
             */
            ClientRequest.prototype.subscribe = null;

            /**
             * ClientRequest unsubscribe.
             * @member {fedmq.v1.Unsubscribe.$Properties|null|undefined} unsubscribe
             * @memberof fedmq.v1.ClientRequest
             * @instance
             */
            ClientRequest.prototype.unsubscribe = null;

            /**
             * ClientRequest ack.
             * @member {fedmq.v1.AckRequest.$Properties|null|undefined} ack
             * @memberof fedmq.v1.ClientRequest
             * @instance
             */
            ClientRequest.prototype.ack = null;

            /**
             * ClientRequest nack.
             * @member {fedmq.v1.NackRequest.$Properties|null|undefined} nack
             * @memberof fedmq.v1.ClientRequest
             * @instance
             */
            ClientRequest.prototype.nack = null;

            /**
             * ClientRequest begin.
             * @member {fedmq.v1.BeginTransaction.$Properties|null|undefined} begin
             * @memberof fedmq.v1.ClientRequest
             * @instance
             */
            ClientRequest.prototype.begin = null;

            /**
             * ClientRequest commit.
             * @member {fedmq.v1.CommitTransaction.$Properties|null|undefined} commit
             * @memberof fedmq.v1.ClientRequest
             * @instance
             */
            ClientRequest.prototype.commit = null;

            /**
             * ClientRequest rollback.
             * @member {fedmq.v1.RollbackTransaction.$Properties|null|undefined} rollback
             * @memberof fedmq.v1.ClientRequest
             * @instance
             */
            ClientRequest.prototype.rollback = null;

            /**
             * ClientRequest createTemporaryQueue.
             * @member {fedmq.v1.CreateTemporaryQueue.$Properties|null|undefined} createTemporaryQueue
             * @memberof fedmq.v1.ClientRequest
             * @instance
             */
            ClientRequest.prototype.createTemporaryQueue = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * ClientRequest body.
             * @member {"send"|"subscribe"|"unsubscribe"|"ack"|"nack"|"begin"|"commit"|"rollback"|"createTemporaryQueue"|undefined} body
             * @memberof fedmq.v1.ClientRequest
             * @instance
             */
            $Object.defineProperty(ClientRequest.prototype, "body", {
                get: $util.oneOfGetter($oneOfFields = ["send", "subscribe", "unsubscribe", "ack", "nack", "begin", "commit", "rollback", "createTemporaryQueue"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new ClientRequest instance using the specified properties.
             * @function create
             * @memberof fedmq.v1.ClientRequest
             * @static
             * @param {fedmq.v1.ClientRequest.$Properties=} [properties] Properties to set
             * @returns {fedmq.v1.ClientRequest} ClientRequest instance
             * @type {{
             *   (properties: fedmq.v1.ClientRequest.$Shape): fedmq.v1.ClientRequest & fedmq.v1.ClientRequest.$Shape;
             *   (properties?: fedmq.v1.ClientRequest.$Properties): fedmq.v1.ClientRequest;
             * }}
             */
            ClientRequest.create = function(properties) {
                return new ClientRequest(properties);
            };

            /**
             * Encodes the specified ClientRequest message. Does not implicitly {@link fedmq.v1.ClientRequest.verify|verify} messages.
             * @function encode
             * @memberof fedmq.v1.ClientRequest
             * @static
             * @param {fedmq.v1.ClientRequest.$Properties} message ClientRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ClientRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId") && (typeof message.requestId === "object" ? message.requestId.low || message.requestId.high : message.requestId !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.requestId);
                if (message.send != null && $Object.hasOwnProperty.call(message, "send"))
                    $root.fedmq.v1.SendRequest.encode(message.send, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.subscribe != null && $Object.hasOwnProperty.call(message, "subscribe"))
                    $root.fedmq.v1.Subscribe.encode(message.subscribe, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.unsubscribe != null && $Object.hasOwnProperty.call(message, "unsubscribe"))
                    $root.fedmq.v1.Unsubscribe.encode(message.unsubscribe, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.ack != null && $Object.hasOwnProperty.call(message, "ack"))
                    $root.fedmq.v1.AckRequest.encode(message.ack, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.nack != null && $Object.hasOwnProperty.call(message, "nack"))
                    $root.fedmq.v1.NackRequest.encode(message.nack, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                if (message.begin != null && $Object.hasOwnProperty.call(message, "begin"))
                    $root.fedmq.v1.BeginTransaction.encode(message.begin, writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                if (message.commit != null && $Object.hasOwnProperty.call(message, "commit"))
                    $root.fedmq.v1.CommitTransaction.encode(message.commit, writer.uint32(/* id 8, wireType 2 =*/66).fork(), _depth + 1).ldelim();
                if (message.rollback != null && $Object.hasOwnProperty.call(message, "rollback"))
                    $root.fedmq.v1.RollbackTransaction.encode(message.rollback, writer.uint32(/* id 9, wireType 2 =*/74).fork(), _depth + 1).ldelim();
                if (message.createTemporaryQueue != null && $Object.hasOwnProperty.call(message, "createTemporaryQueue"))
                    $root.fedmq.v1.CreateTemporaryQueue.encode(message.createTemporaryQueue, writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ClientRequest message from the specified reader or buffer.
             * @function decode
             * @memberof fedmq.v1.ClientRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {fedmq.v1.ClientRequest & fedmq.v1.ClientRequest.$Shape} ClientRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ClientRequest.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.fedmq.v1.ClientRequest();
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
                                message.requestId = value;
                            else
                                delete message.requestId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.send = $root.fedmq.v1.SendRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.send);
                            message.body = "send";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.subscribe = $root.fedmq.v1.Subscribe.decode(reader, reader.size(), $undefined, _depth + 1, message.subscribe);
                            message.body = "subscribe";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.unsubscribe = $root.fedmq.v1.Unsubscribe.decode(reader, reader.size(), $undefined, _depth + 1, message.unsubscribe);
                            message.body = "unsubscribe";
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.ack = $root.fedmq.v1.AckRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.ack);
                            message.body = "ack";
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.nack = $root.fedmq.v1.NackRequest.decode(reader, reader.size(), $undefined, _depth + 1, message.nack);
                            message.body = "nack";
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            message.begin = $root.fedmq.v1.BeginTransaction.decode(reader, reader.size(), $undefined, _depth + 1, message.begin);
                            message.body = "begin";
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            message.commit = $root.fedmq.v1.CommitTransaction.decode(reader, reader.size(), $undefined, _depth + 1, message.commit);
                            message.body = "commit";
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            message.rollback = $root.fedmq.v1.RollbackTransaction.decode(reader, reader.size(), $undefined, _depth + 1, message.rollback);
                            message.body = "rollback";
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            message.createTemporaryQueue = $root.fedmq.v1.CreateTemporaryQueue.decode(reader, reader.size(), $undefined, _depth + 1, message.createTemporaryQueue);
                            message.body = "createTemporaryQueue";
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

            return ClientRequest;
        })();

        v1.ClientFrame = (function() {

            /**
             * Properties of a ClientFrame.
             * @typedef {Object} fedmq.v1.ClientFrame.$Properties
             * @property {fedmq.v1.SessionHello.$Properties|null} [hello] ClientFrame hello
             * @property {Array.<fedmq.v1.ClientRequest.$Properties>|null} [requests] ClientFrame requests
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ClientFrame.
             * @memberof fedmq.v1
             * @interface IClientFrame
             * @augments fedmq.v1.ClientFrame.$Properties
             * @deprecated Use fedmq.v1.ClientFrame.$Properties instead.
             */

            /**
             * Shape of a ClientFrame.
             * @typedef {{
             *   hello?: fedmq.v1.SessionHello.$Shape|null;
             *   requests?: Array.<fedmq.v1.ClientRequest.$Shape>|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} fedmq.v1.ClientFrame.$Shape
             */

            /**
             * Constructs a new ClientFrame.
             * @memberof fedmq.v1
             * @classdesc Represents a ClientFrame.
             * @constructor
             * @param {fedmq.v1.ClientFrame.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ClientFrame = function (properties) {
                this.requests = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ClientFrame hello.
             * @member {fedmq.v1.SessionHello.$Properties|null|undefined} hello
             * @memberof fedmq.v1.ClientFrame
             * @instance
             */
            ClientFrame.prototype.hello = null;

            /**
             * ClientFrame requests.
             * @member {Array.<fedmq.v1.ClientRequest.$Properties>} requests
             * @memberof fedmq.v1.ClientFrame
             * @instance
             */
            ClientFrame.prototype.requests = $util.emptyArray;

            /**
             * Creates a new ClientFrame instance using the specified properties.
             * @function create
             * @memberof fedmq.v1.ClientFrame
             * @static
             * @param {fedmq.v1.ClientFrame.$Properties=} [properties] Properties to set
             * @returns {fedmq.v1.ClientFrame} ClientFrame instance
             * @type {{
             *   (properties: fedmq.v1.ClientFrame.$Shape): fedmq.v1.ClientFrame & fedmq.v1.ClientFrame.$Shape;
             *   (properties?: fedmq.v1.ClientFrame.$Properties): fedmq.v1.ClientFrame;
             * }}
             */
            ClientFrame.create = function(properties) {
                return new ClientFrame(properties);
            };

            /**
             * Encodes the specified ClientFrame message. Does not implicitly {@link fedmq.v1.ClientFrame.verify|verify} messages.
             * @function encode
             * @memberof fedmq.v1.ClientFrame
             * @static
             * @param {fedmq.v1.ClientFrame.$Properties} message ClientFrame message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ClientFrame.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.hello != null && $Object.hasOwnProperty.call(message, "hello"))
                    $root.fedmq.v1.SessionHello.encode(message.hello, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.requests != null && message.requests.length)
                    for (let i = 0; i < message.requests.length; ++i)
                        $root.fedmq.v1.ClientRequest.encode(message.requests[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ClientFrame message from the specified reader or buffer.
             * @function decode
             * @memberof fedmq.v1.ClientFrame
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {fedmq.v1.ClientFrame & fedmq.v1.ClientFrame.$Shape} ClientFrame
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ClientFrame.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.fedmq.v1.ClientFrame();
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
                            message.hello = $root.fedmq.v1.SessionHello.decode(reader, reader.size(), $undefined, _depth + 1, message.hello);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.requests && message.requests.length))
                                message.requests = [];
                            message.requests.push($root.fedmq.v1.ClientRequest.decode(reader, reader.size(), $undefined, _depth + 1));
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

            return ClientFrame;
        })();

        v1.RequestResult = (function() {

            /**
             * Properties of a RequestResult.
             * @typedef {Object} fedmq.v1.RequestResult.$Properties
             * @property {number|null} [requestId] RequestResult requestId
             * @property {fedmq.v1.ErrorInfo.$Properties|null} [error] RequestResult error
             * @property {boolean|null} [duplicate] RequestResult duplicate
             * @property {string|null} [temporaryQueue] RequestResult temporaryQueue
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RequestResult.
             * @memberof fedmq.v1
             * @interface IRequestResult
             * @augments fedmq.v1.RequestResult.$Properties
             * @deprecated Use fedmq.v1.RequestResult.$Properties instead.
             */

            /**
             * Shape of a RequestResult.
             * @typedef {fedmq.v1.RequestResult.$Properties} fedmq.v1.RequestResult.$Shape
             */

            /**
             * Constructs a new RequestResult.
             * @memberof fedmq.v1
             * @classdesc Represents a RequestResult.
             * @constructor
             * @param {fedmq.v1.RequestResult.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RequestResult = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RequestResult requestId.
             * @member {number} requestId
             * @memberof fedmq.v1.RequestResult
             * @instance
             */
            RequestResult.prototype.requestId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * RequestResult error.
             * @member {fedmq.v1.ErrorInfo.$Properties|null|undefined} error
             * @memberof fedmq.v1.RequestResult
             * @instance
             */
            RequestResult.prototype.error = null;

            /**
             * RequestResult duplicate.
             * @member {boolean} duplicate
             * @memberof fedmq.v1.RequestResult
             * @instance
             */
            RequestResult.prototype.duplicate = false;

            /**
             * RequestResult temporaryQueue.
             * @member {string} temporaryQueue
             * @memberof fedmq.v1.RequestResult
             * @instance
             */
            RequestResult.prototype.temporaryQueue = "";

            /**
             * Creates a new RequestResult instance using the specified properties.
             * @function create
             * @memberof fedmq.v1.RequestResult
             * @static
             * @param {fedmq.v1.RequestResult.$Properties=} [properties] Properties to set
             * @returns {fedmq.v1.RequestResult} RequestResult instance
             * @type {{
             *   (properties: fedmq.v1.RequestResult.$Shape): fedmq.v1.RequestResult & fedmq.v1.RequestResult.$Shape;
             *   (properties?: fedmq.v1.RequestResult.$Properties): fedmq.v1.RequestResult;
             * }}
             */
            RequestResult.create = function(properties) {
                return new RequestResult(properties);
            };

            /**
             * Encodes the specified RequestResult message. Does not implicitly {@link fedmq.v1.RequestResult.verify|verify} messages.
             * @function encode
             * @memberof fedmq.v1.RequestResult
             * @static
             * @param {fedmq.v1.RequestResult.$Properties} message RequestResult message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RequestResult.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId") && (typeof message.requestId === "object" ? message.requestId.low || message.requestId.high : message.requestId !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.requestId);
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    $root.fedmq.v1.ErrorInfo.encode(message.error, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.duplicate != null && $Object.hasOwnProperty.call(message, "duplicate") && message.duplicate !== false)
                    writer.uint32(/* id 3, wireType 0 =*/24).bool(message.duplicate);
                if (message.temporaryQueue != null && $Object.hasOwnProperty.call(message, "temporaryQueue") && message.temporaryQueue !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.temporaryQueue);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a RequestResult message from the specified reader or buffer.
             * @function decode
             * @memberof fedmq.v1.RequestResult
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {fedmq.v1.RequestResult & fedmq.v1.RequestResult.$Shape} RequestResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RequestResult.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.fedmq.v1.RequestResult();
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
                                message.requestId = value;
                            else
                                delete message.requestId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.error = $root.fedmq.v1.ErrorInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.error);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.duplicate = value;
                            else
                                delete message.duplicate;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.temporaryQueue = value;
                            else
                                delete message.temporaryQueue;
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

            return RequestResult;
        })();

        v1.Delivery = (function() {

            /**
             * Properties of a Delivery.
             * @typedef {Object} fedmq.v1.Delivery.$Properties
             * @property {string|null} [consumerId] Delivery consumerId
             * @property {number|null} [deliveryTag] Delivery deliveryTag
             * @property {fedmq.v1.Message.$Properties|null} [message] Delivery message
             * @property {number|null} [deliveryCount] Delivery deliveryCount
             * @property {boolean|null} [redelivered] Delivery redelivered
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Delivery.
             * @memberof fedmq.v1
             * @interface IDelivery
             * @augments fedmq.v1.Delivery.$Properties
             * @deprecated Use fedmq.v1.Delivery.$Properties instead.
             */

            /**
             * Shape of a Delivery.
             * @typedef {{
             *   consumerId?: string|null;
             *   deliveryTag?: number|null;
             *   message?: fedmq.v1.Message.$Shape|null;
             *   deliveryCount?: number|null;
             *   redelivered?: boolean|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} fedmq.v1.Delivery.$Shape
             */

            /**
             * Constructs a new Delivery.
             * @memberof fedmq.v1
             * @classdesc Represents a Delivery.
             * @constructor
             * @param {fedmq.v1.Delivery.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Delivery = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Delivery consumerId.
             * @member {string} consumerId
             * @memberof fedmq.v1.Delivery
             * @instance
             */
            Delivery.prototype.consumerId = "";

            /**
             * Delivery deliveryTag.
             * @member {number} deliveryTag
             * @memberof fedmq.v1.Delivery
             * @instance
             */
            Delivery.prototype.deliveryTag = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Delivery message.
             * @member {fedmq.v1.Message.$Properties|null|undefined} message
             * @memberof fedmq.v1.Delivery
             * @instance
             */
            Delivery.prototype.message = null;

            /**
             * Delivery deliveryCount.
             * @member {number} deliveryCount
             * @memberof fedmq.v1.Delivery
             * @instance
             */
            Delivery.prototype.deliveryCount = 0;

            /**
             * Delivery redelivered.
             * @member {boolean} redelivered
             * @memberof fedmq.v1.Delivery
             * @instance
             */
            Delivery.prototype.redelivered = false;

            /**
             * Creates a new Delivery instance using the specified properties.
             * @function create
             * @memberof fedmq.v1.Delivery
             * @static
             * @param {fedmq.v1.Delivery.$Properties=} [properties] Properties to set
             * @returns {fedmq.v1.Delivery} Delivery instance
             * @type {{
             *   (properties: fedmq.v1.Delivery.$Shape): fedmq.v1.Delivery & fedmq.v1.Delivery.$Shape;
             *   (properties?: fedmq.v1.Delivery.$Properties): fedmq.v1.Delivery;
             * }}
             */
            Delivery.create = function(properties) {
                return new Delivery(properties);
            };

            /**
             * Encodes the specified Delivery message. Does not implicitly {@link fedmq.v1.Delivery.verify|verify} messages.
             * @function encode
             * @memberof fedmq.v1.Delivery
             * @static
             * @param {fedmq.v1.Delivery.$Properties} message Delivery message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Delivery.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.consumerId != null && $Object.hasOwnProperty.call(message, "consumerId") && message.consumerId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.consumerId);
                if (message.deliveryTag != null && $Object.hasOwnProperty.call(message, "deliveryTag") && (typeof message.deliveryTag === "object" ? message.deliveryTag.low || message.deliveryTag.high : message.deliveryTag !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.deliveryTag);
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    $root.fedmq.v1.Message.encode(message.message, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.deliveryCount != null && $Object.hasOwnProperty.call(message, "deliveryCount") && message.deliveryCount !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.deliveryCount);
                if (message.redelivered != null && $Object.hasOwnProperty.call(message, "redelivered") && message.redelivered !== false)
                    writer.uint32(/* id 5, wireType 0 =*/40).bool(message.redelivered);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Delivery message from the specified reader or buffer.
             * @function decode
             * @memberof fedmq.v1.Delivery
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {fedmq.v1.Delivery & fedmq.v1.Delivery.$Shape} Delivery
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Delivery.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.fedmq.v1.Delivery();
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
                                message.consumerId = value;
                            else
                                delete message.consumerId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.deliveryTag = value;
                            else
                                delete message.deliveryTag;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.message = $root.fedmq.v1.Message.decode(reader, reader.size(), $undefined, _depth + 1, message.message);
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.deliveryCount = value;
                            else
                                delete message.deliveryCount;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.redelivered = value;
                            else
                                delete message.redelivered;
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

            return Delivery;
        })();

        v1.ServerFrame = (function() {

            /**
             * Properties of a ServerFrame.
             * @typedef {Object} fedmq.v1.ServerFrame.$Properties
             * @property {fedmq.v1.SessionWelcome.$Properties|null} [welcome] ServerFrame welcome
             * @property {Array.<fedmq.v1.RequestResult.$Properties>|null} [results] ServerFrame results
             * @property {Array.<fedmq.v1.Delivery.$Properties>|null} [deliveries] ServerFrame deliveries
             * @property {fedmq.v1.ErrorInfo.$Properties|null} [closing] ServerFrame closing
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ServerFrame.
             * @memberof fedmq.v1
             * @interface IServerFrame
             * @augments fedmq.v1.ServerFrame.$Properties
             * @deprecated Use fedmq.v1.ServerFrame.$Properties instead.
             */

            /**
             * Shape of a ServerFrame.
             * @typedef {{
             *   welcome?: fedmq.v1.SessionWelcome.$Shape|null;
             *   results?: Array.<fedmq.v1.RequestResult.$Shape>|null;
             *   deliveries?: Array.<fedmq.v1.Delivery.$Shape>|null;
             *   closing?: fedmq.v1.ErrorInfo.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} fedmq.v1.ServerFrame.$Shape
             */

            /**
             * Constructs a new ServerFrame.
             * @memberof fedmq.v1
             * @classdesc Represents a ServerFrame.
             * @constructor
             * @param {fedmq.v1.ServerFrame.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ServerFrame = function (properties) {
                this.results = [];
                this.deliveries = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ServerFrame welcome.
             * @member {fedmq.v1.SessionWelcome.$Properties|null|undefined} welcome
             * @memberof fedmq.v1.ServerFrame
             * @instance
             */
            ServerFrame.prototype.welcome = null;

            /**
             * ServerFrame results.
             * @member {Array.<fedmq.v1.RequestResult.$Properties>} results
             * @memberof fedmq.v1.ServerFrame
             * @instance
             */
            ServerFrame.prototype.results = $util.emptyArray;

            /**
             * ServerFrame deliveries.
             * @member {Array.<fedmq.v1.Delivery.$Properties>} deliveries
             * @memberof fedmq.v1.ServerFrame
             * @instance
             */
            ServerFrame.prototype.deliveries = $util.emptyArray;

            /**
             * ServerFrame closing.
             * @member {fedmq.v1.ErrorInfo.$Properties|null|undefined} closing
             * @memberof fedmq.v1.ServerFrame
             * @instance
             */
            ServerFrame.prototype.closing = null;

            /**
             * Creates a new ServerFrame instance using the specified properties.
             * @function create
             * @memberof fedmq.v1.ServerFrame
             * @static
             * @param {fedmq.v1.ServerFrame.$Properties=} [properties] Properties to set
             * @returns {fedmq.v1.ServerFrame} ServerFrame instance
             * @type {{
             *   (properties: fedmq.v1.ServerFrame.$Shape): fedmq.v1.ServerFrame & fedmq.v1.ServerFrame.$Shape;
             *   (properties?: fedmq.v1.ServerFrame.$Properties): fedmq.v1.ServerFrame;
             * }}
             */
            ServerFrame.create = function(properties) {
                return new ServerFrame(properties);
            };

            /**
             * Encodes the specified ServerFrame message. Does not implicitly {@link fedmq.v1.ServerFrame.verify|verify} messages.
             * @function encode
             * @memberof fedmq.v1.ServerFrame
             * @static
             * @param {fedmq.v1.ServerFrame.$Properties} message ServerFrame message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ServerFrame.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.welcome != null && $Object.hasOwnProperty.call(message, "welcome"))
                    $root.fedmq.v1.SessionWelcome.encode(message.welcome, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.results != null && message.results.length)
                    for (let i = 0; i < message.results.length; ++i)
                        $root.fedmq.v1.RequestResult.encode(message.results[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.deliveries != null && message.deliveries.length)
                    for (let i = 0; i < message.deliveries.length; ++i)
                        $root.fedmq.v1.Delivery.encode(message.deliveries[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.closing != null && $Object.hasOwnProperty.call(message, "closing"))
                    $root.fedmq.v1.ErrorInfo.encode(message.closing, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ServerFrame message from the specified reader or buffer.
             * @function decode
             * @memberof fedmq.v1.ServerFrame
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {fedmq.v1.ServerFrame & fedmq.v1.ServerFrame.$Shape} ServerFrame
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ServerFrame.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.fedmq.v1.ServerFrame();
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
                            message.welcome = $root.fedmq.v1.SessionWelcome.decode(reader, reader.size(), $undefined, _depth + 1, message.welcome);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.results && message.results.length))
                                message.results = [];
                            message.results.push($root.fedmq.v1.RequestResult.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.deliveries && message.deliveries.length))
                                message.deliveries = [];
                            message.deliveries.push($root.fedmq.v1.Delivery.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.closing = $root.fedmq.v1.ErrorInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.closing);
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

            return ServerFrame;
        })();

        v1.DestinationInfo = (function() {

            /**
             * Properties of a DestinationInfo.
             * @typedef {Object} fedmq.v1.DestinationInfo.$Properties
             * @property {fedmq.v1.Destination.$Properties|null} [destination] DestinationInfo destination
             * @property {number|null} [depth] DestinationInfo depth
             * @property {number|null} [bytes] DestinationInfo bytes
             * @property {number|null} [enqueued] DestinationInfo enqueued
             * @property {number|null} [acked] DestinationInfo acked
             * @property {number|null} [redelivered] DestinationInfo redelivered
             * @property {number|null} [deadLettered] DestinationInfo deadLettered
             * @property {number|null} [expired] DestinationInfo expired
             * @property {number|null} [consumers] DestinationInfo consumers
             * @property {boolean|null} [temporary] DestinationInfo temporary
             * @property {string|null} [durableSubscription] DestinationInfo durableSubscription
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DestinationInfo.
             * @memberof fedmq.v1
             * @interface IDestinationInfo
             * @augments fedmq.v1.DestinationInfo.$Properties
             * @deprecated Use fedmq.v1.DestinationInfo.$Properties instead.
             */

            /**
             * Shape of a DestinationInfo.
             * @typedef {fedmq.v1.DestinationInfo.$Properties} fedmq.v1.DestinationInfo.$Shape
             */

            /**
             * Constructs a new DestinationInfo.
             * @memberof fedmq.v1
             * @classdesc Represents a DestinationInfo.
             * @constructor
             * @param {fedmq.v1.DestinationInfo.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DestinationInfo = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * DestinationInfo destination.
             * @member {fedmq.v1.Destination.$Properties|null|undefined} destination
             * @memberof fedmq.v1.DestinationInfo
             * @instance
             */
            DestinationInfo.prototype.destination = null;

            /**
             * DestinationInfo depth.
             * @member {number} depth
             * @memberof fedmq.v1.DestinationInfo
             * @instance
             */
            DestinationInfo.prototype.depth = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * DestinationInfo bytes.
             * @member {number} bytes
             * @memberof fedmq.v1.DestinationInfo
             * @instance
             */
            DestinationInfo.prototype.bytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * DestinationInfo enqueued.
             * @member {number} enqueued
             * @memberof fedmq.v1.DestinationInfo
             * @instance
             */
            DestinationInfo.prototype.enqueued = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * DestinationInfo acked.
             * @member {number} acked
             * @memberof fedmq.v1.DestinationInfo
             * @instance
             */
            DestinationInfo.prototype.acked = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * DestinationInfo redelivered.
             * @member {number} redelivered
             * @memberof fedmq.v1.DestinationInfo
             * @instance
             */
            DestinationInfo.prototype.redelivered = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * DestinationInfo deadLettered.
             * @member {number} deadLettered
             * @memberof fedmq.v1.DestinationInfo
             * @instance
             */
            DestinationInfo.prototype.deadLettered = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * DestinationInfo expired.
             * @member {number} expired
             * @memberof fedmq.v1.DestinationInfo
             * @instance
             */
            DestinationInfo.prototype.expired = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * DestinationInfo consumers.
             * @member {number} consumers
             * @memberof fedmq.v1.DestinationInfo
             * @instance
             */
            DestinationInfo.prototype.consumers = 0;

            /**
             * DestinationInfo temporary.
             * @member {boolean} temporary
             * @memberof fedmq.v1.DestinationInfo
             * @instance
             */
            DestinationInfo.prototype.temporary = false;

            /**
             * DestinationInfo durableSubscription.
             * @member {string} durableSubscription
             * @memberof fedmq.v1.DestinationInfo
             * @instance
             */
            DestinationInfo.prototype.durableSubscription = "";

            /**
             * Creates a new DestinationInfo instance using the specified properties.
             * @function create
             * @memberof fedmq.v1.DestinationInfo
             * @static
             * @param {fedmq.v1.DestinationInfo.$Properties=} [properties] Properties to set
             * @returns {fedmq.v1.DestinationInfo} DestinationInfo instance
             * @type {{
             *   (properties: fedmq.v1.DestinationInfo.$Shape): fedmq.v1.DestinationInfo & fedmq.v1.DestinationInfo.$Shape;
             *   (properties?: fedmq.v1.DestinationInfo.$Properties): fedmq.v1.DestinationInfo;
             * }}
             */
            DestinationInfo.create = function(properties) {
                return new DestinationInfo(properties);
            };

            /**
             * Encodes the specified DestinationInfo message. Does not implicitly {@link fedmq.v1.DestinationInfo.verify|verify} messages.
             * @function encode
             * @memberof fedmq.v1.DestinationInfo
             * @static
             * @param {fedmq.v1.DestinationInfo.$Properties} message DestinationInfo message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DestinationInfo.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.destination != null && $Object.hasOwnProperty.call(message, "destination"))
                    $root.fedmq.v1.Destination.encode(message.destination, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.depth != null && $Object.hasOwnProperty.call(message, "depth") && (typeof message.depth === "object" ? message.depth.low || message.depth.high : message.depth !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.depth);
                if (message.bytes != null && $Object.hasOwnProperty.call(message, "bytes") && (typeof message.bytes === "object" ? message.bytes.low || message.bytes.high : message.bytes !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.bytes);
                if (message.enqueued != null && $Object.hasOwnProperty.call(message, "enqueued") && (typeof message.enqueued === "object" ? message.enqueued.low || message.enqueued.high : message.enqueued !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.enqueued);
                if (message.acked != null && $Object.hasOwnProperty.call(message, "acked") && (typeof message.acked === "object" ? message.acked.low || message.acked.high : message.acked !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.acked);
                if (message.redelivered != null && $Object.hasOwnProperty.call(message, "redelivered") && (typeof message.redelivered === "object" ? message.redelivered.low || message.redelivered.high : message.redelivered !== 0))
                    writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.redelivered);
                if (message.deadLettered != null && $Object.hasOwnProperty.call(message, "deadLettered") && (typeof message.deadLettered === "object" ? message.deadLettered.low || message.deadLettered.high : message.deadLettered !== 0))
                    writer.uint32(/* id 7, wireType 0 =*/56).uint64(message.deadLettered);
                if (message.expired != null && $Object.hasOwnProperty.call(message, "expired") && (typeof message.expired === "object" ? message.expired.low || message.expired.high : message.expired !== 0))
                    writer.uint32(/* id 8, wireType 0 =*/64).uint64(message.expired);
                if (message.consumers != null && $Object.hasOwnProperty.call(message, "consumers") && message.consumers !== 0)
                    writer.uint32(/* id 9, wireType 0 =*/72).uint32(message.consumers);
                if (message.temporary != null && $Object.hasOwnProperty.call(message, "temporary") && message.temporary !== false)
                    writer.uint32(/* id 10, wireType 0 =*/80).bool(message.temporary);
                if (message.durableSubscription != null && $Object.hasOwnProperty.call(message, "durableSubscription") && message.durableSubscription !== "")
                    writer.uint32(/* id 11, wireType 2 =*/90).string(message.durableSubscription);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a DestinationInfo message from the specified reader or buffer.
             * @function decode
             * @memberof fedmq.v1.DestinationInfo
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {fedmq.v1.DestinationInfo & fedmq.v1.DestinationInfo.$Shape} DestinationInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DestinationInfo.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.fedmq.v1.DestinationInfo();
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
                            message.destination = $root.fedmq.v1.Destination.decode(reader, reader.size(), $undefined, _depth + 1, message.destination);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.depth = value;
                            else
                                delete message.depth;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.bytes = value;
                            else
                                delete message.bytes;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.enqueued = value;
                            else
                                delete message.enqueued;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.acked = value;
                            else
                                delete message.acked;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.redelivered = value;
                            else
                                delete message.redelivered;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.deadLettered = value;
                            else
                                delete message.deadLettered;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.expired = value;
                            else
                                delete message.expired;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.consumers = value;
                            else
                                delete message.consumers;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.temporary = value;
                            else
                                delete message.temporary;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.durableSubscription = value;
                            else
                                delete message.durableSubscription;
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

            return DestinationInfo;
        })();

        v1.ListDestinationsRequest = (function() {

            /**
             * Properties of a ListDestinationsRequest.
             * @typedef {Object} fedmq.v1.ListDestinationsRequest.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ListDestinationsRequest.
             * @memberof fedmq.v1
             * @interface IListDestinationsRequest
             * @augments fedmq.v1.ListDestinationsRequest.$Properties
             * @deprecated Use fedmq.v1.ListDestinationsRequest.$Properties instead.
             */

            /**
             * Shape of a ListDestinationsRequest.
             * @typedef {fedmq.v1.ListDestinationsRequest.$Properties} fedmq.v1.ListDestinationsRequest.$Shape
             */

            /**
             * Constructs a new ListDestinationsRequest.
             * @memberof fedmq.v1
             * @classdesc Represents a ListDestinationsRequest.
             * @constructor
             * @param {fedmq.v1.ListDestinationsRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ListDestinationsRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Creates a new ListDestinationsRequest instance using the specified properties.
             * @function create
             * @memberof fedmq.v1.ListDestinationsRequest
             * @static
             * @param {fedmq.v1.ListDestinationsRequest.$Properties=} [properties] Properties to set
             * @returns {fedmq.v1.ListDestinationsRequest} ListDestinationsRequest instance
             * @type {{
             *   (properties: fedmq.v1.ListDestinationsRequest.$Shape): fedmq.v1.ListDestinationsRequest & fedmq.v1.ListDestinationsRequest.$Shape;
             *   (properties?: fedmq.v1.ListDestinationsRequest.$Properties): fedmq.v1.ListDestinationsRequest;
             * }}
             */
            ListDestinationsRequest.create = function(properties) {
                return new ListDestinationsRequest(properties);
            };

            /**
             * Encodes the specified ListDestinationsRequest message. Does not implicitly {@link fedmq.v1.ListDestinationsRequest.verify|verify} messages.
             * @function encode
             * @memberof fedmq.v1.ListDestinationsRequest
             * @static
             * @param {fedmq.v1.ListDestinationsRequest.$Properties} message ListDestinationsRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ListDestinationsRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ListDestinationsRequest message from the specified reader or buffer.
             * @function decode
             * @memberof fedmq.v1.ListDestinationsRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {fedmq.v1.ListDestinationsRequest & fedmq.v1.ListDestinationsRequest.$Shape} ListDestinationsRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ListDestinationsRequest.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.fedmq.v1.ListDestinationsRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    reader.skipType(tag & 7, _depth, tag);
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

            return ListDestinationsRequest;
        })();

        v1.ListDestinationsResponse = (function() {

            /**
             * Properties of a ListDestinationsResponse.
             * @typedef {Object} fedmq.v1.ListDestinationsResponse.$Properties
             * @property {Array.<fedmq.v1.DestinationInfo.$Properties>|null} [destinations] ListDestinationsResponse destinations
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ListDestinationsResponse.
             * @memberof fedmq.v1
             * @interface IListDestinationsResponse
             * @augments fedmq.v1.ListDestinationsResponse.$Properties
             * @deprecated Use fedmq.v1.ListDestinationsResponse.$Properties instead.
             */

            /**
             * Shape of a ListDestinationsResponse.
             * @typedef {fedmq.v1.ListDestinationsResponse.$Properties} fedmq.v1.ListDestinationsResponse.$Shape
             */

            /**
             * Constructs a new ListDestinationsResponse.
             * @memberof fedmq.v1
             * @classdesc Represents a ListDestinationsResponse.
             * @constructor
             * @param {fedmq.v1.ListDestinationsResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ListDestinationsResponse = function (properties) {
                this.destinations = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ListDestinationsResponse destinations.
             * @member {Array.<fedmq.v1.DestinationInfo.$Properties>} destinations
             * @memberof fedmq.v1.ListDestinationsResponse
             * @instance
             */
            ListDestinationsResponse.prototype.destinations = $util.emptyArray;

            /**
             * Creates a new ListDestinationsResponse instance using the specified properties.
             * @function create
             * @memberof fedmq.v1.ListDestinationsResponse
             * @static
             * @param {fedmq.v1.ListDestinationsResponse.$Properties=} [properties] Properties to set
             * @returns {fedmq.v1.ListDestinationsResponse} ListDestinationsResponse instance
             * @type {{
             *   (properties: fedmq.v1.ListDestinationsResponse.$Shape): fedmq.v1.ListDestinationsResponse & fedmq.v1.ListDestinationsResponse.$Shape;
             *   (properties?: fedmq.v1.ListDestinationsResponse.$Properties): fedmq.v1.ListDestinationsResponse;
             * }}
             */
            ListDestinationsResponse.create = function(properties) {
                return new ListDestinationsResponse(properties);
            };

            /**
             * Encodes the specified ListDestinationsResponse message. Does not implicitly {@link fedmq.v1.ListDestinationsResponse.verify|verify} messages.
             * @function encode
             * @memberof fedmq.v1.ListDestinationsResponse
             * @static
             * @param {fedmq.v1.ListDestinationsResponse.$Properties} message ListDestinationsResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ListDestinationsResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.destinations != null && message.destinations.length)
                    for (let i = 0; i < message.destinations.length; ++i)
                        $root.fedmq.v1.DestinationInfo.encode(message.destinations[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ListDestinationsResponse message from the specified reader or buffer.
             * @function decode
             * @memberof fedmq.v1.ListDestinationsResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {fedmq.v1.ListDestinationsResponse & fedmq.v1.ListDestinationsResponse.$Shape} ListDestinationsResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ListDestinationsResponse.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.fedmq.v1.ListDestinationsResponse();
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
                            if (!(message.destinations && message.destinations.length))
                                message.destinations = [];
                            message.destinations.push($root.fedmq.v1.DestinationInfo.decode(reader, reader.size(), $undefined, _depth + 1));
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

            return ListDestinationsResponse;
        })();

        v1.BrowseRequest = (function() {

            /**
             * Properties of a BrowseRequest.
             * @typedef {Object} fedmq.v1.BrowseRequest.$Properties
             * @property {fedmq.v1.Destination.$Properties|null} [destination] BrowseRequest destination
             * @property {number|null} [limit] BrowseRequest limit
             * @property {string|null} [selector] BrowseRequest selector
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a BrowseRequest.
             * @memberof fedmq.v1
             * @interface IBrowseRequest
             * @augments fedmq.v1.BrowseRequest.$Properties
             * @deprecated Use fedmq.v1.BrowseRequest.$Properties instead.
             */

            /**
             * Shape of a BrowseRequest.
             * @typedef {fedmq.v1.BrowseRequest.$Properties} fedmq.v1.BrowseRequest.$Shape
             */

            /**
             * Constructs a new BrowseRequest.
             * @memberof fedmq.v1
             * @classdesc Represents a BrowseRequest.
             * @constructor
             * @param {fedmq.v1.BrowseRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const BrowseRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * BrowseRequest destination.
             * @member {fedmq.v1.Destination.$Properties|null|undefined} destination
             * @memberof fedmq.v1.BrowseRequest
             * @instance
             */
            BrowseRequest.prototype.destination = null;

            /**
             * BrowseRequest limit.
             * @member {number} limit
             * @memberof fedmq.v1.BrowseRequest
             * @instance
             */
            BrowseRequest.prototype.limit = 0;

            /**
             * BrowseRequest selector.
             * @member {string} selector
             * @memberof fedmq.v1.BrowseRequest
             * @instance
             */
            BrowseRequest.prototype.selector = "";

            /**
             * Creates a new BrowseRequest instance using the specified properties.
             * @function create
             * @memberof fedmq.v1.BrowseRequest
             * @static
             * @param {fedmq.v1.BrowseRequest.$Properties=} [properties] Properties to set
             * @returns {fedmq.v1.BrowseRequest} BrowseRequest instance
             * @type {{
             *   (properties: fedmq.v1.BrowseRequest.$Shape): fedmq.v1.BrowseRequest & fedmq.v1.BrowseRequest.$Shape;
             *   (properties?: fedmq.v1.BrowseRequest.$Properties): fedmq.v1.BrowseRequest;
             * }}
             */
            BrowseRequest.create = function(properties) {
                return new BrowseRequest(properties);
            };

            /**
             * Encodes the specified BrowseRequest message. Does not implicitly {@link fedmq.v1.BrowseRequest.verify|verify} messages.
             * @function encode
             * @memberof fedmq.v1.BrowseRequest
             * @static
             * @param {fedmq.v1.BrowseRequest.$Properties} message BrowseRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            BrowseRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.destination != null && $Object.hasOwnProperty.call(message, "destination"))
                    $root.fedmq.v1.Destination.encode(message.destination, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.limit != null && $Object.hasOwnProperty.call(message, "limit") && message.limit !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.limit);
                if (message.selector != null && $Object.hasOwnProperty.call(message, "selector") && message.selector !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.selector);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a BrowseRequest message from the specified reader or buffer.
             * @function decode
             * @memberof fedmq.v1.BrowseRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {fedmq.v1.BrowseRequest & fedmq.v1.BrowseRequest.$Shape} BrowseRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            BrowseRequest.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.fedmq.v1.BrowseRequest();
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
                            message.destination = $root.fedmq.v1.Destination.decode(reader, reader.size(), $undefined, _depth + 1, message.destination);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.limit = value;
                            else
                                delete message.limit;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.selector = value;
                            else
                                delete message.selector;
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

            return BrowseRequest;
        })();

        v1.BrowseResponse = (function() {

            /**
             * Properties of a BrowseResponse.
             * @typedef {Object} fedmq.v1.BrowseResponse.$Properties
             * @property {Array.<fedmq.v1.Delivery.$Properties>|null} [messages] BrowseResponse messages
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a BrowseResponse.
             * @memberof fedmq.v1
             * @interface IBrowseResponse
             * @augments fedmq.v1.BrowseResponse.$Properties
             * @deprecated Use fedmq.v1.BrowseResponse.$Properties instead.
             */

            /**
             * Shape of a BrowseResponse.
             * @typedef {{
             *   messages?: Array.<fedmq.v1.Delivery.$Shape>|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} fedmq.v1.BrowseResponse.$Shape
             */

            /**
             * Constructs a new BrowseResponse.
             * @memberof fedmq.v1
             * @classdesc Represents a BrowseResponse.
             * @constructor
             * @param {fedmq.v1.BrowseResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const BrowseResponse = function (properties) {
                this.messages = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * BrowseResponse messages.
             * @member {Array.<fedmq.v1.Delivery.$Properties>} messages
             * @memberof fedmq.v1.BrowseResponse
             * @instance
             */
            BrowseResponse.prototype.messages = $util.emptyArray;

            /**
             * Creates a new BrowseResponse instance using the specified properties.
             * @function create
             * @memberof fedmq.v1.BrowseResponse
             * @static
             * @param {fedmq.v1.BrowseResponse.$Properties=} [properties] Properties to set
             * @returns {fedmq.v1.BrowseResponse} BrowseResponse instance
             * @type {{
             *   (properties: fedmq.v1.BrowseResponse.$Shape): fedmq.v1.BrowseResponse & fedmq.v1.BrowseResponse.$Shape;
             *   (properties?: fedmq.v1.BrowseResponse.$Properties): fedmq.v1.BrowseResponse;
             * }}
             */
            BrowseResponse.create = function(properties) {
                return new BrowseResponse(properties);
            };

            /**
             * Encodes the specified BrowseResponse message. Does not implicitly {@link fedmq.v1.BrowseResponse.verify|verify} messages.
             * @function encode
             * @memberof fedmq.v1.BrowseResponse
             * @static
             * @param {fedmq.v1.BrowseResponse.$Properties} message BrowseResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            BrowseResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.messages != null && message.messages.length)
                    for (let i = 0; i < message.messages.length; ++i)
                        $root.fedmq.v1.Delivery.encode(message.messages[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a BrowseResponse message from the specified reader or buffer.
             * @function decode
             * @memberof fedmq.v1.BrowseResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {fedmq.v1.BrowseResponse & fedmq.v1.BrowseResponse.$Shape} BrowseResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            BrowseResponse.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.fedmq.v1.BrowseResponse();
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
                            message.messages.push($root.fedmq.v1.Delivery.decode(reader, reader.size(), $undefined, _depth + 1));
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

            return BrowseResponse;
        })();

        v1.PurgeRequest = (function() {

            /**
             * Properties of a PurgeRequest.
             * @typedef {Object} fedmq.v1.PurgeRequest.$Properties
             * @property {fedmq.v1.Destination.$Properties|null} [destination] PurgeRequest destination
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PurgeRequest.
             * @memberof fedmq.v1
             * @interface IPurgeRequest
             * @augments fedmq.v1.PurgeRequest.$Properties
             * @deprecated Use fedmq.v1.PurgeRequest.$Properties instead.
             */

            /**
             * Shape of a PurgeRequest.
             * @typedef {fedmq.v1.PurgeRequest.$Properties} fedmq.v1.PurgeRequest.$Shape
             */

            /**
             * Constructs a new PurgeRequest.
             * @memberof fedmq.v1
             * @classdesc Represents a PurgeRequest.
             * @constructor
             * @param {fedmq.v1.PurgeRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PurgeRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * PurgeRequest destination.
             * @member {fedmq.v1.Destination.$Properties|null|undefined} destination
             * @memberof fedmq.v1.PurgeRequest
             * @instance
             */
            PurgeRequest.prototype.destination = null;

            /**
             * Creates a new PurgeRequest instance using the specified properties.
             * @function create
             * @memberof fedmq.v1.PurgeRequest
             * @static
             * @param {fedmq.v1.PurgeRequest.$Properties=} [properties] Properties to set
             * @returns {fedmq.v1.PurgeRequest} PurgeRequest instance
             * @type {{
             *   (properties: fedmq.v1.PurgeRequest.$Shape): fedmq.v1.PurgeRequest & fedmq.v1.PurgeRequest.$Shape;
             *   (properties?: fedmq.v1.PurgeRequest.$Properties): fedmq.v1.PurgeRequest;
             * }}
             */
            PurgeRequest.create = function(properties) {
                return new PurgeRequest(properties);
            };

            /**
             * Encodes the specified PurgeRequest message. Does not implicitly {@link fedmq.v1.PurgeRequest.verify|verify} messages.
             * @function encode
             * @memberof fedmq.v1.PurgeRequest
             * @static
             * @param {fedmq.v1.PurgeRequest.$Properties} message PurgeRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PurgeRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.destination != null && $Object.hasOwnProperty.call(message, "destination"))
                    $root.fedmq.v1.Destination.encode(message.destination, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a PurgeRequest message from the specified reader or buffer.
             * @function decode
             * @memberof fedmq.v1.PurgeRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {fedmq.v1.PurgeRequest & fedmq.v1.PurgeRequest.$Shape} PurgeRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PurgeRequest.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.fedmq.v1.PurgeRequest();
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
                            message.destination = $root.fedmq.v1.Destination.decode(reader, reader.size(), $undefined, _depth + 1, message.destination);
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

            return PurgeRequest;
        })();

        v1.PurgeResponse = (function() {

            /**
             * Properties of a PurgeResponse.
             * @typedef {Object} fedmq.v1.PurgeResponse.$Properties
             * @property {number|null} [removed] PurgeResponse removed
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PurgeResponse.
             * @memberof fedmq.v1
             * @interface IPurgeResponse
             * @augments fedmq.v1.PurgeResponse.$Properties
             * @deprecated Use fedmq.v1.PurgeResponse.$Properties instead.
             */

            /**
             * Shape of a PurgeResponse.
             * @typedef {fedmq.v1.PurgeResponse.$Properties} fedmq.v1.PurgeResponse.$Shape
             */

            /**
             * Constructs a new PurgeResponse.
             * @memberof fedmq.v1
             * @classdesc Represents a PurgeResponse.
             * @constructor
             * @param {fedmq.v1.PurgeResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PurgeResponse = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * PurgeResponse removed.
             * @member {number} removed
             * @memberof fedmq.v1.PurgeResponse
             * @instance
             */
            PurgeResponse.prototype.removed = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new PurgeResponse instance using the specified properties.
             * @function create
             * @memberof fedmq.v1.PurgeResponse
             * @static
             * @param {fedmq.v1.PurgeResponse.$Properties=} [properties] Properties to set
             * @returns {fedmq.v1.PurgeResponse} PurgeResponse instance
             * @type {{
             *   (properties: fedmq.v1.PurgeResponse.$Shape): fedmq.v1.PurgeResponse & fedmq.v1.PurgeResponse.$Shape;
             *   (properties?: fedmq.v1.PurgeResponse.$Properties): fedmq.v1.PurgeResponse;
             * }}
             */
            PurgeResponse.create = function(properties) {
                return new PurgeResponse(properties);
            };

            /**
             * Encodes the specified PurgeResponse message. Does not implicitly {@link fedmq.v1.PurgeResponse.verify|verify} messages.
             * @function encode
             * @memberof fedmq.v1.PurgeResponse
             * @static
             * @param {fedmq.v1.PurgeResponse.$Properties} message PurgeResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PurgeResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.removed != null && $Object.hasOwnProperty.call(message, "removed") && (typeof message.removed === "object" ? message.removed.low || message.removed.high : message.removed !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.removed);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a PurgeResponse message from the specified reader or buffer.
             * @function decode
             * @memberof fedmq.v1.PurgeResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {fedmq.v1.PurgeResponse & fedmq.v1.PurgeResponse.$Shape} PurgeResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PurgeResponse.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.fedmq.v1.PurgeResponse();
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
                                message.removed = value;
                            else
                                delete message.removed;
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

            return PurgeResponse;
        })();

        v1.RemoveSubscriptionRequest = (function() {

            /**
             * Properties of a RemoveSubscriptionRequest.
             * @typedef {Object} fedmq.v1.RemoveSubscriptionRequest.$Properties
             * @property {string|null} [clientId] RemoveSubscriptionRequest clientId
             * @property {string|null} [name] RemoveSubscriptionRequest name
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RemoveSubscriptionRequest.
             * @memberof fedmq.v1
             * @interface IRemoveSubscriptionRequest
             * @augments fedmq.v1.RemoveSubscriptionRequest.$Properties
             * @deprecated Use fedmq.v1.RemoveSubscriptionRequest.$Properties instead.
             */

            /**
             * Shape of a RemoveSubscriptionRequest.
             * @typedef {fedmq.v1.RemoveSubscriptionRequest.$Properties} fedmq.v1.RemoveSubscriptionRequest.$Shape
             */

            /**
             * Constructs a new RemoveSubscriptionRequest.
             * @memberof fedmq.v1
             * @classdesc Represents a RemoveSubscriptionRequest.
             * @constructor
             * @param {fedmq.v1.RemoveSubscriptionRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RemoveSubscriptionRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RemoveSubscriptionRequest clientId.
             * @member {string} clientId
             * @memberof fedmq.v1.RemoveSubscriptionRequest
             * @instance
             */
            RemoveSubscriptionRequest.prototype.clientId = "";

            /**
             * RemoveSubscriptionRequest name.
             * @member {string} name
             * @memberof fedmq.v1.RemoveSubscriptionRequest
             * @instance
             */
            RemoveSubscriptionRequest.prototype.name = "";

            /**
             * Creates a new RemoveSubscriptionRequest instance using the specified properties.
             * @function create
             * @memberof fedmq.v1.RemoveSubscriptionRequest
             * @static
             * @param {fedmq.v1.RemoveSubscriptionRequest.$Properties=} [properties] Properties to set
             * @returns {fedmq.v1.RemoveSubscriptionRequest} RemoveSubscriptionRequest instance
             * @type {{
             *   (properties: fedmq.v1.RemoveSubscriptionRequest.$Shape): fedmq.v1.RemoveSubscriptionRequest & fedmq.v1.RemoveSubscriptionRequest.$Shape;
             *   (properties?: fedmq.v1.RemoveSubscriptionRequest.$Properties): fedmq.v1.RemoveSubscriptionRequest;
             * }}
             */
            RemoveSubscriptionRequest.create = function(properties) {
                return new RemoveSubscriptionRequest(properties);
            };

            /**
             * Encodes the specified RemoveSubscriptionRequest message. Does not implicitly {@link fedmq.v1.RemoveSubscriptionRequest.verify|verify} messages.
             * @function encode
             * @memberof fedmq.v1.RemoveSubscriptionRequest
             * @static
             * @param {fedmq.v1.RemoveSubscriptionRequest.$Properties} message RemoveSubscriptionRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RemoveSubscriptionRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.clientId != null && $Object.hasOwnProperty.call(message, "clientId") && message.clientId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.clientId);
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.name);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a RemoveSubscriptionRequest message from the specified reader or buffer.
             * @function decode
             * @memberof fedmq.v1.RemoveSubscriptionRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {fedmq.v1.RemoveSubscriptionRequest & fedmq.v1.RemoveSubscriptionRequest.$Shape} RemoveSubscriptionRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RemoveSubscriptionRequest.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.fedmq.v1.RemoveSubscriptionRequest();
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
                                message.clientId = value;
                            else
                                delete message.clientId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
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

            return RemoveSubscriptionRequest;
        })();

        v1.RemoveSubscriptionResponse = (function() {

            /**
             * Properties of a RemoveSubscriptionResponse.
             * @typedef {Object} fedmq.v1.RemoveSubscriptionResponse.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RemoveSubscriptionResponse.
             * @memberof fedmq.v1
             * @interface IRemoveSubscriptionResponse
             * @augments fedmq.v1.RemoveSubscriptionResponse.$Properties
             * @deprecated Use fedmq.v1.RemoveSubscriptionResponse.$Properties instead.
             */

            /**
             * Shape of a RemoveSubscriptionResponse.
             * @typedef {fedmq.v1.RemoveSubscriptionResponse.$Properties} fedmq.v1.RemoveSubscriptionResponse.$Shape
             */

            /**
             * Constructs a new RemoveSubscriptionResponse.
             * @memberof fedmq.v1
             * @classdesc Represents a RemoveSubscriptionResponse.
             * @constructor
             * @param {fedmq.v1.RemoveSubscriptionResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RemoveSubscriptionResponse = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Creates a new RemoveSubscriptionResponse instance using the specified properties.
             * @function create
             * @memberof fedmq.v1.RemoveSubscriptionResponse
             * @static
             * @param {fedmq.v1.RemoveSubscriptionResponse.$Properties=} [properties] Properties to set
             * @returns {fedmq.v1.RemoveSubscriptionResponse} RemoveSubscriptionResponse instance
             * @type {{
             *   (properties: fedmq.v1.RemoveSubscriptionResponse.$Shape): fedmq.v1.RemoveSubscriptionResponse & fedmq.v1.RemoveSubscriptionResponse.$Shape;
             *   (properties?: fedmq.v1.RemoveSubscriptionResponse.$Properties): fedmq.v1.RemoveSubscriptionResponse;
             * }}
             */
            RemoveSubscriptionResponse.create = function(properties) {
                return new RemoveSubscriptionResponse(properties);
            };

            /**
             * Encodes the specified RemoveSubscriptionResponse message. Does not implicitly {@link fedmq.v1.RemoveSubscriptionResponse.verify|verify} messages.
             * @function encode
             * @memberof fedmq.v1.RemoveSubscriptionResponse
             * @static
             * @param {fedmq.v1.RemoveSubscriptionResponse.$Properties} message RemoveSubscriptionResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RemoveSubscriptionResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a RemoveSubscriptionResponse message from the specified reader or buffer.
             * @function decode
             * @memberof fedmq.v1.RemoveSubscriptionResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {fedmq.v1.RemoveSubscriptionResponse & fedmq.v1.RemoveSubscriptionResponse.$Shape} RemoveSubscriptionResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RemoveSubscriptionResponse.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.fedmq.v1.RemoveSubscriptionResponse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    reader.skipType(tag & 7, _depth, tag);
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

            return RemoveSubscriptionResponse;
        })();

        v1.StatusRequest = (function() {

            /**
             * Properties of a StatusRequest.
             * @typedef {Object} fedmq.v1.StatusRequest.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a StatusRequest.
             * @memberof fedmq.v1
             * @interface IStatusRequest
             * @augments fedmq.v1.StatusRequest.$Properties
             * @deprecated Use fedmq.v1.StatusRequest.$Properties instead.
             */

            /**
             * Shape of a StatusRequest.
             * @typedef {fedmq.v1.StatusRequest.$Properties} fedmq.v1.StatusRequest.$Shape
             */

            /**
             * Constructs a new StatusRequest.
             * @memberof fedmq.v1
             * @classdesc Represents a StatusRequest.
             * @constructor
             * @param {fedmq.v1.StatusRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const StatusRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Creates a new StatusRequest instance using the specified properties.
             * @function create
             * @memberof fedmq.v1.StatusRequest
             * @static
             * @param {fedmq.v1.StatusRequest.$Properties=} [properties] Properties to set
             * @returns {fedmq.v1.StatusRequest} StatusRequest instance
             * @type {{
             *   (properties: fedmq.v1.StatusRequest.$Shape): fedmq.v1.StatusRequest & fedmq.v1.StatusRequest.$Shape;
             *   (properties?: fedmq.v1.StatusRequest.$Properties): fedmq.v1.StatusRequest;
             * }}
             */
            StatusRequest.create = function(properties) {
                return new StatusRequest(properties);
            };

            /**
             * Encodes the specified StatusRequest message. Does not implicitly {@link fedmq.v1.StatusRequest.verify|verify} messages.
             * @function encode
             * @memberof fedmq.v1.StatusRequest
             * @static
             * @param {fedmq.v1.StatusRequest.$Properties} message StatusRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            StatusRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a StatusRequest message from the specified reader or buffer.
             * @function decode
             * @memberof fedmq.v1.StatusRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {fedmq.v1.StatusRequest & fedmq.v1.StatusRequest.$Shape} StatusRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            StatusRequest.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.fedmq.v1.StatusRequest();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    reader.skipType(tag & 7, _depth, tag);
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

            return StatusRequest;
        })();

        v1.PeerStatus = (function() {

            /**
             * Properties of a PeerStatus.
             * @typedef {Object} fedmq.v1.PeerStatus.$Properties
             * @property {number|null} [nodeId] PeerStatus nodeId
             * @property {string|null} [address] PeerStatus address
             * @property {boolean|null} [voter] PeerStatus voter
             * @property {number|null} [match] PeerStatus match
             * @property {number|null} [lag] PeerStatus lag
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PeerStatus.
             * @memberof fedmq.v1
             * @interface IPeerStatus
             * @augments fedmq.v1.PeerStatus.$Properties
             * @deprecated Use fedmq.v1.PeerStatus.$Properties instead.
             */

            /**
             * Shape of a PeerStatus.
             * @typedef {fedmq.v1.PeerStatus.$Properties} fedmq.v1.PeerStatus.$Shape
             */

            /**
             * Constructs a new PeerStatus.
             * @memberof fedmq.v1
             * @classdesc Represents a PeerStatus.
             * @constructor
             * @param {fedmq.v1.PeerStatus.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PeerStatus = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * PeerStatus nodeId.
             * @member {number} nodeId
             * @memberof fedmq.v1.PeerStatus
             * @instance
             */
            PeerStatus.prototype.nodeId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * PeerStatus address.
             * @member {string} address
             * @memberof fedmq.v1.PeerStatus
             * @instance
             */
            PeerStatus.prototype.address = "";

            /**
             * PeerStatus voter.
             * @member {boolean} voter
             * @memberof fedmq.v1.PeerStatus
             * @instance
             */
            PeerStatus.prototype.voter = false;

            /**
             * PeerStatus match.
             * @member {number} match
             * @memberof fedmq.v1.PeerStatus
             * @instance
             */
            PeerStatus.prototype.match = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * PeerStatus lag.
             * @member {number} lag
             * @memberof fedmq.v1.PeerStatus
             * @instance
             */
            PeerStatus.prototype.lag = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new PeerStatus instance using the specified properties.
             * @function create
             * @memberof fedmq.v1.PeerStatus
             * @static
             * @param {fedmq.v1.PeerStatus.$Properties=} [properties] Properties to set
             * @returns {fedmq.v1.PeerStatus} PeerStatus instance
             * @type {{
             *   (properties: fedmq.v1.PeerStatus.$Shape): fedmq.v1.PeerStatus & fedmq.v1.PeerStatus.$Shape;
             *   (properties?: fedmq.v1.PeerStatus.$Properties): fedmq.v1.PeerStatus;
             * }}
             */
            PeerStatus.create = function(properties) {
                return new PeerStatus(properties);
            };

            /**
             * Encodes the specified PeerStatus message. Does not implicitly {@link fedmq.v1.PeerStatus.verify|verify} messages.
             * @function encode
             * @memberof fedmq.v1.PeerStatus
             * @static
             * @param {fedmq.v1.PeerStatus.$Properties} message PeerStatus message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PeerStatus.encode = function (message, writer, _depth) {
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
                if (message.voter != null && $Object.hasOwnProperty.call(message, "voter") && message.voter !== false)
                    writer.uint32(/* id 3, wireType 0 =*/24).bool(message.voter);
                if (message.match != null && $Object.hasOwnProperty.call(message, "match") && (typeof message.match === "object" ? message.match.low || message.match.high : message.match !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.match);
                if (message.lag != null && $Object.hasOwnProperty.call(message, "lag") && (typeof message.lag === "object" ? message.lag.low || message.lag.high : message.lag !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.lag);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a PeerStatus message from the specified reader or buffer.
             * @function decode
             * @memberof fedmq.v1.PeerStatus
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {fedmq.v1.PeerStatus & fedmq.v1.PeerStatus.$Shape} PeerStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PeerStatus.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.fedmq.v1.PeerStatus();
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
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.voter = value;
                            else
                                delete message.voter;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.match = value;
                            else
                                delete message.match;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.lag = value;
                            else
                                delete message.lag;
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

            return PeerStatus;
        })();

        v1.StatusResponse = (function() {

            /**
             * Properties of a StatusResponse.
             * @typedef {Object} fedmq.v1.StatusResponse.$Properties
             * @property {string|null} [site] StatusResponse site
             * @property {number|null} [nodeId] StatusResponse nodeId
             * @property {string|null} [role] StatusResponse role
             * @property {number|null} [term] StatusResponse term
             * @property {number|null} [leaderId] StatusResponse leaderId
             * @property {string|null} [leaderAddress] StatusResponse leaderAddress
             * @property {number|null} [commit] StatusResponse commit
             * @property {number|null} [applied] StatusResponse applied
             * @property {number|null} [lastIndex] StatusResponse lastIndex
             * @property {Array.<fedmq.v1.PeerStatus.$Properties>|null} [peers] StatusResponse peers
             * @property {boolean|null} [serving] StatusResponse serving
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a StatusResponse.
             * @memberof fedmq.v1
             * @interface IStatusResponse
             * @augments fedmq.v1.StatusResponse.$Properties
             * @deprecated Use fedmq.v1.StatusResponse.$Properties instead.
             */

            /**
             * Shape of a StatusResponse.
             * @typedef {fedmq.v1.StatusResponse.$Properties} fedmq.v1.StatusResponse.$Shape
             */

            /**
             * Constructs a new StatusResponse.
             * @memberof fedmq.v1
             * @classdesc Represents a StatusResponse.
             * @constructor
             * @param {fedmq.v1.StatusResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const StatusResponse = function (properties) {
                this.peers = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * StatusResponse site.
             * @member {string} site
             * @memberof fedmq.v1.StatusResponse
             * @instance
             */
            StatusResponse.prototype.site = "";

            /**
             * StatusResponse nodeId.
             * @member {number} nodeId
             * @memberof fedmq.v1.StatusResponse
             * @instance
             */
            StatusResponse.prototype.nodeId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * StatusResponse role.
             * @member {string} role
             * @memberof fedmq.v1.StatusResponse
             * @instance
             */
            StatusResponse.prototype.role = "";

            /**
             * StatusResponse term.
             * @member {number} term
             * @memberof fedmq.v1.StatusResponse
             * @instance
             */
            StatusResponse.prototype.term = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * StatusResponse leaderId.
             * @member {number} leaderId
             * @memberof fedmq.v1.StatusResponse
             * @instance
             */
            StatusResponse.prototype.leaderId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * StatusResponse leaderAddress.
             * @member {string} leaderAddress
             * @memberof fedmq.v1.StatusResponse
             * @instance
             */
            StatusResponse.prototype.leaderAddress = "";

            /**
             * StatusResponse commit.
             * @member {number} commit
             * @memberof fedmq.v1.StatusResponse
             * @instance
             */
            StatusResponse.prototype.commit = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * StatusResponse applied.
             * @member {number} applied
             * @memberof fedmq.v1.StatusResponse
             * @instance
             */
            StatusResponse.prototype.applied = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * StatusResponse lastIndex.
             * @member {number} lastIndex
             * @memberof fedmq.v1.StatusResponse
             * @instance
             */
            StatusResponse.prototype.lastIndex = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * StatusResponse peers.
             * @member {Array.<fedmq.v1.PeerStatus.$Properties>} peers
             * @memberof fedmq.v1.StatusResponse
             * @instance
             */
            StatusResponse.prototype.peers = $util.emptyArray;

            /**
             * StatusResponse serving.
             * @member {boolean} serving
             * @memberof fedmq.v1.StatusResponse
             * @instance
             */
            StatusResponse.prototype.serving = false;

            /**
             * Creates a new StatusResponse instance using the specified properties.
             * @function create
             * @memberof fedmq.v1.StatusResponse
             * @static
             * @param {fedmq.v1.StatusResponse.$Properties=} [properties] Properties to set
             * @returns {fedmq.v1.StatusResponse} StatusResponse instance
             * @type {{
             *   (properties: fedmq.v1.StatusResponse.$Shape): fedmq.v1.StatusResponse & fedmq.v1.StatusResponse.$Shape;
             *   (properties?: fedmq.v1.StatusResponse.$Properties): fedmq.v1.StatusResponse;
             * }}
             */
            StatusResponse.create = function(properties) {
                return new StatusResponse(properties);
            };

            /**
             * Encodes the specified StatusResponse message. Does not implicitly {@link fedmq.v1.StatusResponse.verify|verify} messages.
             * @function encode
             * @memberof fedmq.v1.StatusResponse
             * @static
             * @param {fedmq.v1.StatusResponse.$Properties} message StatusResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            StatusResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.site != null && $Object.hasOwnProperty.call(message, "site") && message.site !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.site);
                if (message.nodeId != null && $Object.hasOwnProperty.call(message, "nodeId") && (typeof message.nodeId === "object" ? message.nodeId.low || message.nodeId.high : message.nodeId !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.nodeId);
                if (message.role != null && $Object.hasOwnProperty.call(message, "role") && message.role !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.role);
                if (message.term != null && $Object.hasOwnProperty.call(message, "term") && (typeof message.term === "object" ? message.term.low || message.term.high : message.term !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.term);
                if (message.leaderId != null && $Object.hasOwnProperty.call(message, "leaderId") && (typeof message.leaderId === "object" ? message.leaderId.low || message.leaderId.high : message.leaderId !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.leaderId);
                if (message.leaderAddress != null && $Object.hasOwnProperty.call(message, "leaderAddress") && message.leaderAddress !== "")
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.leaderAddress);
                if (message.commit != null && $Object.hasOwnProperty.call(message, "commit") && (typeof message.commit === "object" ? message.commit.low || message.commit.high : message.commit !== 0))
                    writer.uint32(/* id 7, wireType 0 =*/56).uint64(message.commit);
                if (message.applied != null && $Object.hasOwnProperty.call(message, "applied") && (typeof message.applied === "object" ? message.applied.low || message.applied.high : message.applied !== 0))
                    writer.uint32(/* id 8, wireType 0 =*/64).uint64(message.applied);
                if (message.lastIndex != null && $Object.hasOwnProperty.call(message, "lastIndex") && (typeof message.lastIndex === "object" ? message.lastIndex.low || message.lastIndex.high : message.lastIndex !== 0))
                    writer.uint32(/* id 9, wireType 0 =*/72).uint64(message.lastIndex);
                if (message.peers != null && message.peers.length)
                    for (let i = 0; i < message.peers.length; ++i)
                        $root.fedmq.v1.PeerStatus.encode(message.peers[i], writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
                if (message.serving != null && $Object.hasOwnProperty.call(message, "serving") && message.serving !== false)
                    writer.uint32(/* id 11, wireType 0 =*/88).bool(message.serving);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a StatusResponse message from the specified reader or buffer.
             * @function decode
             * @memberof fedmq.v1.StatusResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {fedmq.v1.StatusResponse & fedmq.v1.StatusResponse.$Shape} StatusResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            StatusResponse.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.fedmq.v1.StatusResponse();
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
                                message.site = value;
                            else
                                delete message.site;
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
                                message.role = value;
                            else
                                delete message.role;
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
                                message.leaderId = value;
                            else
                                delete message.leaderId;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.leaderAddress = value;
                            else
                                delete message.leaderAddress;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.commit = value;
                            else
                                delete message.commit;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.applied = value;
                            else
                                delete message.applied;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.lastIndex = value;
                            else
                                delete message.lastIndex;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            if (!(message.peers && message.peers.length))
                                message.peers = [];
                            message.peers.push($root.fedmq.v1.PeerStatus.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 11: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.serving = value;
                            else
                                delete message.serving;
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

            return StatusResponse;
        })();

        v1.Fence = (function() {

            /**
             * Properties of a Fence.
             * @typedef {Object} fedmq.v1.Fence.$Properties
             * @property {number|null} [siteEpoch] Fence siteEpoch
             * @property {number|null} [leaderTerm] Fence leaderTerm
             * @property {number|null} [session] Fence session
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Fence.
             * @memberof fedmq.v1
             * @interface IFence
             * @augments fedmq.v1.Fence.$Properties
             * @deprecated Use fedmq.v1.Fence.$Properties instead.
             */

            /**
             * Shape of a Fence.
             * @typedef {fedmq.v1.Fence.$Properties} fedmq.v1.Fence.$Shape
             */

            /**
             * Constructs a new Fence.
             * @memberof fedmq.v1
             * @classdesc Represents a Fence.
             * @constructor
             * @param {fedmq.v1.Fence.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Fence = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Fence siteEpoch.
             * @member {number} siteEpoch
             * @memberof fedmq.v1.Fence
             * @instance
             */
            Fence.prototype.siteEpoch = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Fence leaderTerm.
             * @member {number} leaderTerm
             * @memberof fedmq.v1.Fence
             * @instance
             */
            Fence.prototype.leaderTerm = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Fence session.
             * @member {number} session
             * @memberof fedmq.v1.Fence
             * @instance
             */
            Fence.prototype.session = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new Fence instance using the specified properties.
             * @function create
             * @memberof fedmq.v1.Fence
             * @static
             * @param {fedmq.v1.Fence.$Properties=} [properties] Properties to set
             * @returns {fedmq.v1.Fence} Fence instance
             * @type {{
             *   (properties: fedmq.v1.Fence.$Shape): fedmq.v1.Fence & fedmq.v1.Fence.$Shape;
             *   (properties?: fedmq.v1.Fence.$Properties): fedmq.v1.Fence;
             * }}
             */
            Fence.create = function(properties) {
                return new Fence(properties);
            };

            /**
             * Encodes the specified Fence message. Does not implicitly {@link fedmq.v1.Fence.verify|verify} messages.
             * @function encode
             * @memberof fedmq.v1.Fence
             * @static
             * @param {fedmq.v1.Fence.$Properties} message Fence message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Fence.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.siteEpoch != null && $Object.hasOwnProperty.call(message, "siteEpoch") && (typeof message.siteEpoch === "object" ? message.siteEpoch.low || message.siteEpoch.high : message.siteEpoch !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.siteEpoch);
                if (message.leaderTerm != null && $Object.hasOwnProperty.call(message, "leaderTerm") && (typeof message.leaderTerm === "object" ? message.leaderTerm.low || message.leaderTerm.high : message.leaderTerm !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.leaderTerm);
                if (message.session != null && $Object.hasOwnProperty.call(message, "session") && (typeof message.session === "object" ? message.session.low || message.session.high : message.session !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.session);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Fence message from the specified reader or buffer.
             * @function decode
             * @memberof fedmq.v1.Fence
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {fedmq.v1.Fence & fedmq.v1.Fence.$Shape} Fence
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Fence.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.fedmq.v1.Fence();
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
                                message.siteEpoch = value;
                            else
                                delete message.siteEpoch;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.leaderTerm = value;
                            else
                                delete message.leaderTerm;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.session = value;
                            else
                                delete message.session;
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

            return Fence;
        })();

        v1.BridgeHello = (function() {

            /**
             * Properties of a BridgeHello.
             * @typedef {Object} fedmq.v1.BridgeHello.$Properties
             * @property {number|null} [protocolVersion] BridgeHello protocolVersion
             * @property {string|null} [cluster] BridgeHello cluster
             * @property {string|null} [originSite] BridgeHello originSite
             * @property {string|null} [targetSite] BridgeHello targetSite
             * @property {string|null} [bridge] BridgeHello bridge
             * @property {fedmq.v1.Fence.$Properties|null} [fence] BridgeHello fence
             * @property {number|null} [hopLimit] BridgeHello hopLimit
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a BridgeHello.
             * @memberof fedmq.v1
             * @interface IBridgeHello
             * @augments fedmq.v1.BridgeHello.$Properties
             * @deprecated Use fedmq.v1.BridgeHello.$Properties instead.
             */

            /**
             * Shape of a BridgeHello.
             * @typedef {fedmq.v1.BridgeHello.$Properties} fedmq.v1.BridgeHello.$Shape
             */

            /**
             * Constructs a new BridgeHello.
             * @memberof fedmq.v1
             * @classdesc Represents a BridgeHello.
             * @constructor
             * @param {fedmq.v1.BridgeHello.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const BridgeHello = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * BridgeHello protocolVersion.
             * @member {number} protocolVersion
             * @memberof fedmq.v1.BridgeHello
             * @instance
             */
            BridgeHello.prototype.protocolVersion = 0;

            /**
             * BridgeHello cluster.
             * @member {string} cluster
             * @memberof fedmq.v1.BridgeHello
             * @instance
             */
            BridgeHello.prototype.cluster = "";

            /**
             * BridgeHello originSite.
             * @member {string} originSite
             * @memberof fedmq.v1.BridgeHello
             * @instance
             */
            BridgeHello.prototype.originSite = "";

            /**
             * BridgeHello targetSite.
             * @member {string} targetSite
             * @memberof fedmq.v1.BridgeHello
             * @instance
             */
            BridgeHello.prototype.targetSite = "";

            /**
             * BridgeHello bridge.
             * @member {string} bridge
             * @memberof fedmq.v1.BridgeHello
             * @instance
             */
            BridgeHello.prototype.bridge = "";

            /**
             * BridgeHello fence.
             * @member {fedmq.v1.Fence.$Properties|null|undefined} fence
             * @memberof fedmq.v1.BridgeHello
             * @instance
             */
            BridgeHello.prototype.fence = null;

            /**
             * BridgeHello hopLimit.
             * @member {number} hopLimit
             * @memberof fedmq.v1.BridgeHello
             * @instance
             */
            BridgeHello.prototype.hopLimit = 0;

            /**
             * Creates a new BridgeHello instance using the specified properties.
             * @function create
             * @memberof fedmq.v1.BridgeHello
             * @static
             * @param {fedmq.v1.BridgeHello.$Properties=} [properties] Properties to set
             * @returns {fedmq.v1.BridgeHello} BridgeHello instance
             * @type {{
             *   (properties: fedmq.v1.BridgeHello.$Shape): fedmq.v1.BridgeHello & fedmq.v1.BridgeHello.$Shape;
             *   (properties?: fedmq.v1.BridgeHello.$Properties): fedmq.v1.BridgeHello;
             * }}
             */
            BridgeHello.create = function(properties) {
                return new BridgeHello(properties);
            };

            /**
             * Encodes the specified BridgeHello message. Does not implicitly {@link fedmq.v1.BridgeHello.verify|verify} messages.
             * @function encode
             * @memberof fedmq.v1.BridgeHello
             * @static
             * @param {fedmq.v1.BridgeHello.$Properties} message BridgeHello message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            BridgeHello.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.protocolVersion != null && $Object.hasOwnProperty.call(message, "protocolVersion") && message.protocolVersion !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.protocolVersion);
                if (message.cluster != null && $Object.hasOwnProperty.call(message, "cluster") && message.cluster !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.cluster);
                if (message.originSite != null && $Object.hasOwnProperty.call(message, "originSite") && message.originSite !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.originSite);
                if (message.targetSite != null && $Object.hasOwnProperty.call(message, "targetSite") && message.targetSite !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.targetSite);
                if (message.bridge != null && $Object.hasOwnProperty.call(message, "bridge") && message.bridge !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.bridge);
                if (message.fence != null && $Object.hasOwnProperty.call(message, "fence"))
                    $root.fedmq.v1.Fence.encode(message.fence, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                if (message.hopLimit != null && $Object.hasOwnProperty.call(message, "hopLimit") && message.hopLimit !== 0)
                    writer.uint32(/* id 7, wireType 0 =*/56).uint32(message.hopLimit);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a BridgeHello message from the specified reader or buffer.
             * @function decode
             * @memberof fedmq.v1.BridgeHello
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {fedmq.v1.BridgeHello & fedmq.v1.BridgeHello.$Shape} BridgeHello
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            BridgeHello.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.fedmq.v1.BridgeHello();
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
                                message.cluster = value;
                            else
                                delete message.cluster;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.originSite = value;
                            else
                                delete message.originSite;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.targetSite = value;
                            else
                                delete message.targetSite;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.bridge = value;
                            else
                                delete message.bridge;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.fence = $root.fedmq.v1.Fence.decode(reader, reader.size(), $undefined, _depth + 1, message.fence);
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.hopLimit = value;
                            else
                                delete message.hopLimit;
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

            return BridgeHello;
        })();

        v1.BridgeWelcome = (function() {

            /**
             * Properties of a BridgeWelcome.
             * @typedef {Object} fedmq.v1.BridgeWelcome.$Properties
             * @property {number|null} [protocolVersion] BridgeWelcome protocolVersion
             * @property {number|null} [nodeId] BridgeWelcome nodeId
             * @property {Array.<string>|null} [demand] BridgeWelcome demand
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a BridgeWelcome.
             * @memberof fedmq.v1
             * @interface IBridgeWelcome
             * @augments fedmq.v1.BridgeWelcome.$Properties
             * @deprecated Use fedmq.v1.BridgeWelcome.$Properties instead.
             */

            /**
             * Shape of a BridgeWelcome.
             * @typedef {fedmq.v1.BridgeWelcome.$Properties} fedmq.v1.BridgeWelcome.$Shape
             */

            /**
             * Constructs a new BridgeWelcome.
             * @memberof fedmq.v1
             * @classdesc Represents a BridgeWelcome.
             * @constructor
             * @param {fedmq.v1.BridgeWelcome.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const BridgeWelcome = function (properties) {
                this.demand = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * BridgeWelcome protocolVersion.
             * @member {number} protocolVersion
             * @memberof fedmq.v1.BridgeWelcome
             * @instance
             */
            BridgeWelcome.prototype.protocolVersion = 0;

            /**
             * BridgeWelcome nodeId.
             * @member {number} nodeId
             * @memberof fedmq.v1.BridgeWelcome
             * @instance
             */
            BridgeWelcome.prototype.nodeId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * BridgeWelcome demand.
             * @member {Array.<string>} demand
             * @memberof fedmq.v1.BridgeWelcome
             * @instance
             */
            BridgeWelcome.prototype.demand = $util.emptyArray;

            /**
             * Creates a new BridgeWelcome instance using the specified properties.
             * @function create
             * @memberof fedmq.v1.BridgeWelcome
             * @static
             * @param {fedmq.v1.BridgeWelcome.$Properties=} [properties] Properties to set
             * @returns {fedmq.v1.BridgeWelcome} BridgeWelcome instance
             * @type {{
             *   (properties: fedmq.v1.BridgeWelcome.$Shape): fedmq.v1.BridgeWelcome & fedmq.v1.BridgeWelcome.$Shape;
             *   (properties?: fedmq.v1.BridgeWelcome.$Properties): fedmq.v1.BridgeWelcome;
             * }}
             */
            BridgeWelcome.create = function(properties) {
                return new BridgeWelcome(properties);
            };

            /**
             * Encodes the specified BridgeWelcome message. Does not implicitly {@link fedmq.v1.BridgeWelcome.verify|verify} messages.
             * @function encode
             * @memberof fedmq.v1.BridgeWelcome
             * @static
             * @param {fedmq.v1.BridgeWelcome.$Properties} message BridgeWelcome message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            BridgeWelcome.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.protocolVersion != null && $Object.hasOwnProperty.call(message, "protocolVersion") && message.protocolVersion !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.protocolVersion);
                if (message.nodeId != null && $Object.hasOwnProperty.call(message, "nodeId") && (typeof message.nodeId === "object" ? message.nodeId.low || message.nodeId.high : message.nodeId !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.nodeId);
                if (message.demand != null && message.demand.length)
                    for (let i = 0; i < message.demand.length; ++i)
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.demand[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a BridgeWelcome message from the specified reader or buffer.
             * @function decode
             * @memberof fedmq.v1.BridgeWelcome
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {fedmq.v1.BridgeWelcome & fedmq.v1.BridgeWelcome.$Shape} BridgeWelcome
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            BridgeWelcome.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.fedmq.v1.BridgeWelcome();
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
                            if (!(message.demand && message.demand.length))
                                message.demand = [];
                            message.demand.push(reader.stringVerify());
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

            return BridgeWelcome;
        })();

        v1.BridgedMessage = (function() {

            /**
             * Properties of a BridgedMessage.
             * @typedef {Object} fedmq.v1.BridgedMessage.$Properties
             * @property {fedmq.v1.Message.$Properties|null} [message] BridgedMessage message
             * @property {string|null} [originSite] BridgedMessage originSite
             * @property {Array.<string>|null} [path] BridgedMessage path
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a BridgedMessage.
             * @memberof fedmq.v1
             * @interface IBridgedMessage
             * @augments fedmq.v1.BridgedMessage.$Properties
             * @deprecated Use fedmq.v1.BridgedMessage.$Properties instead.
             */

            /**
             * Shape of a BridgedMessage.
             * @typedef {{
             *   message?: fedmq.v1.Message.$Shape|null;
             *   originSite?: string|null;
             *   path?: Array.<string>|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} fedmq.v1.BridgedMessage.$Shape
             */

            /**
             * Constructs a new BridgedMessage.
             * @memberof fedmq.v1
             * @classdesc Represents a BridgedMessage.
             * @constructor
             * @param {fedmq.v1.BridgedMessage.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const BridgedMessage = function (properties) {
                this.path = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * BridgedMessage message.
             * @member {fedmq.v1.Message.$Properties|null|undefined} message
             * @memberof fedmq.v1.BridgedMessage
             * @instance
             */
            BridgedMessage.prototype.message = null;

            /**
             * BridgedMessage originSite.
             * @member {string} originSite
             * @memberof fedmq.v1.BridgedMessage
             * @instance
             */
            BridgedMessage.prototype.originSite = "";

            /**
             * BridgedMessage path.
             * @member {Array.<string>} path
             * @memberof fedmq.v1.BridgedMessage
             * @instance
             */
            BridgedMessage.prototype.path = $util.emptyArray;

            /**
             * Creates a new BridgedMessage instance using the specified properties.
             * @function create
             * @memberof fedmq.v1.BridgedMessage
             * @static
             * @param {fedmq.v1.BridgedMessage.$Properties=} [properties] Properties to set
             * @returns {fedmq.v1.BridgedMessage} BridgedMessage instance
             * @type {{
             *   (properties: fedmq.v1.BridgedMessage.$Shape): fedmq.v1.BridgedMessage & fedmq.v1.BridgedMessage.$Shape;
             *   (properties?: fedmq.v1.BridgedMessage.$Properties): fedmq.v1.BridgedMessage;
             * }}
             */
            BridgedMessage.create = function(properties) {
                return new BridgedMessage(properties);
            };

            /**
             * Encodes the specified BridgedMessage message. Does not implicitly {@link fedmq.v1.BridgedMessage.verify|verify} messages.
             * @function encode
             * @memberof fedmq.v1.BridgedMessage
             * @static
             * @param {fedmq.v1.BridgedMessage.$Properties} message BridgedMessage message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            BridgedMessage.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    $root.fedmq.v1.Message.encode(message.message, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.originSite != null && $Object.hasOwnProperty.call(message, "originSite") && message.originSite !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.originSite);
                if (message.path != null && message.path.length)
                    for (let i = 0; i < message.path.length; ++i)
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.path[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a BridgedMessage message from the specified reader or buffer.
             * @function decode
             * @memberof fedmq.v1.BridgedMessage
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {fedmq.v1.BridgedMessage & fedmq.v1.BridgedMessage.$Shape} BridgedMessage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            BridgedMessage.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.fedmq.v1.BridgedMessage();
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
                            message.message = $root.fedmq.v1.Message.decode(reader, reader.size(), $undefined, _depth + 1, message.message);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.originSite = value;
                            else
                                delete message.originSite;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.path && message.path.length))
                                message.path = [];
                            message.path.push(reader.stringVerify());
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

            return BridgedMessage;
        })();

        v1.BridgeBatch = (function() {

            /**
             * Properties of a BridgeBatch.
             * @typedef {Object} fedmq.v1.BridgeBatch.$Properties
             * @property {number|null} [batchSeq] BridgeBatch batchSeq
             * @property {Array.<fedmq.v1.BridgedMessage.$Properties>|null} [messages] BridgeBatch messages
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a BridgeBatch.
             * @memberof fedmq.v1
             * @interface IBridgeBatch
             * @augments fedmq.v1.BridgeBatch.$Properties
             * @deprecated Use fedmq.v1.BridgeBatch.$Properties instead.
             */

            /**
             * Shape of a BridgeBatch.
             * @typedef {{
             *   batchSeq?: number|null;
             *   messages?: Array.<fedmq.v1.BridgedMessage.$Shape>|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} fedmq.v1.BridgeBatch.$Shape
             */

            /**
             * Constructs a new BridgeBatch.
             * @memberof fedmq.v1
             * @classdesc Represents a BridgeBatch.
             * @constructor
             * @param {fedmq.v1.BridgeBatch.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const BridgeBatch = function (properties) {
                this.messages = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * BridgeBatch batchSeq.
             * @member {number} batchSeq
             * @memberof fedmq.v1.BridgeBatch
             * @instance
             */
            BridgeBatch.prototype.batchSeq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * BridgeBatch messages.
             * @member {Array.<fedmq.v1.BridgedMessage.$Properties>} messages
             * @memberof fedmq.v1.BridgeBatch
             * @instance
             */
            BridgeBatch.prototype.messages = $util.emptyArray;

            /**
             * Creates a new BridgeBatch instance using the specified properties.
             * @function create
             * @memberof fedmq.v1.BridgeBatch
             * @static
             * @param {fedmq.v1.BridgeBatch.$Properties=} [properties] Properties to set
             * @returns {fedmq.v1.BridgeBatch} BridgeBatch instance
             * @type {{
             *   (properties: fedmq.v1.BridgeBatch.$Shape): fedmq.v1.BridgeBatch & fedmq.v1.BridgeBatch.$Shape;
             *   (properties?: fedmq.v1.BridgeBatch.$Properties): fedmq.v1.BridgeBatch;
             * }}
             */
            BridgeBatch.create = function(properties) {
                return new BridgeBatch(properties);
            };

            /**
             * Encodes the specified BridgeBatch message. Does not implicitly {@link fedmq.v1.BridgeBatch.verify|verify} messages.
             * @function encode
             * @memberof fedmq.v1.BridgeBatch
             * @static
             * @param {fedmq.v1.BridgeBatch.$Properties} message BridgeBatch message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            BridgeBatch.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.batchSeq != null && $Object.hasOwnProperty.call(message, "batchSeq") && (typeof message.batchSeq === "object" ? message.batchSeq.low || message.batchSeq.high : message.batchSeq !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.batchSeq);
                if (message.messages != null && message.messages.length)
                    for (let i = 0; i < message.messages.length; ++i)
                        $root.fedmq.v1.BridgedMessage.encode(message.messages[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a BridgeBatch message from the specified reader or buffer.
             * @function decode
             * @memberof fedmq.v1.BridgeBatch
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {fedmq.v1.BridgeBatch & fedmq.v1.BridgeBatch.$Shape} BridgeBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            BridgeBatch.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.fedmq.v1.BridgeBatch();
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
                                message.batchSeq = value;
                            else
                                delete message.batchSeq;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.messages && message.messages.length))
                                message.messages = [];
                            message.messages.push($root.fedmq.v1.BridgedMessage.decode(reader, reader.size(), $undefined, _depth + 1));
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

            return BridgeBatch;
        })();

        v1.BridgeFrame = (function() {

            /**
             * Properties of a BridgeFrame.
             * @typedef {Object} fedmq.v1.BridgeFrame.$Properties
             * @property {fedmq.v1.BridgeHello.$Properties|null} [hello] BridgeFrame hello
             * @property {fedmq.v1.BridgeBatch.$Properties|null} [batch] BridgeFrame batch
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a BridgeFrame.
             * @memberof fedmq.v1
             * @interface IBridgeFrame
             * @augments fedmq.v1.BridgeFrame.$Properties
             * @deprecated Use fedmq.v1.BridgeFrame.$Properties instead.
             */

            /**
             * Shape of a BridgeFrame.
             * @typedef {{
             *   hello?: fedmq.v1.BridgeHello.$Shape|null;
             *   batch?: fedmq.v1.BridgeBatch.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} fedmq.v1.BridgeFrame.$Shape
             */

            /**
             * Constructs a new BridgeFrame.
             * @memberof fedmq.v1
             * @classdesc Represents a BridgeFrame.
             * @constructor
             * @param {fedmq.v1.BridgeFrame.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const BridgeFrame = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * BridgeFrame hello.
             * @member {fedmq.v1.BridgeHello.$Properties|null|undefined} hello
             * @memberof fedmq.v1.BridgeFrame
             * @instance
             */
            BridgeFrame.prototype.hello = null;

            /**
             * BridgeFrame batch.
             * @member {fedmq.v1.BridgeBatch.$Properties|null|undefined} batch
             * @memberof fedmq.v1.BridgeFrame
             * @instance
             */
            BridgeFrame.prototype.batch = null;

            /**
             * Creates a new BridgeFrame instance using the specified properties.
             * @function create
             * @memberof fedmq.v1.BridgeFrame
             * @static
             * @param {fedmq.v1.BridgeFrame.$Properties=} [properties] Properties to set
             * @returns {fedmq.v1.BridgeFrame} BridgeFrame instance
             * @type {{
             *   (properties: fedmq.v1.BridgeFrame.$Shape): fedmq.v1.BridgeFrame & fedmq.v1.BridgeFrame.$Shape;
             *   (properties?: fedmq.v1.BridgeFrame.$Properties): fedmq.v1.BridgeFrame;
             * }}
             */
            BridgeFrame.create = function(properties) {
                return new BridgeFrame(properties);
            };

            /**
             * Encodes the specified BridgeFrame message. Does not implicitly {@link fedmq.v1.BridgeFrame.verify|verify} messages.
             * @function encode
             * @memberof fedmq.v1.BridgeFrame
             * @static
             * @param {fedmq.v1.BridgeFrame.$Properties} message BridgeFrame message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            BridgeFrame.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.hello != null && $Object.hasOwnProperty.call(message, "hello"))
                    $root.fedmq.v1.BridgeHello.encode(message.hello, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.batch != null && $Object.hasOwnProperty.call(message, "batch"))
                    $root.fedmq.v1.BridgeBatch.encode(message.batch, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a BridgeFrame message from the specified reader or buffer.
             * @function decode
             * @memberof fedmq.v1.BridgeFrame
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {fedmq.v1.BridgeFrame & fedmq.v1.BridgeFrame.$Shape} BridgeFrame
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            BridgeFrame.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.fedmq.v1.BridgeFrame();
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
                            message.hello = $root.fedmq.v1.BridgeHello.decode(reader, reader.size(), $undefined, _depth + 1, message.hello);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.batch = $root.fedmq.v1.BridgeBatch.decode(reader, reader.size(), $undefined, _depth + 1, message.batch);
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

            return BridgeFrame;
        })();

        /**
         * BridgedOutcome enum.
         * @name fedmq.v1.BridgedOutcome
         * @enum {number}
         * @property {number} BRIDGED_OUTCOME_UNSPECIFIED=0 BRIDGED_OUTCOME_UNSPECIFIED value
         * @property {number} BRIDGED_STORED=1 BRIDGED_STORED value
         * @property {number} BRIDGED_DUPLICATE=2 BRIDGED_DUPLICATE value
         * @property {number} BRIDGED_DEAD_LETTERED=3 BRIDGED_DEAD_LETTERED value
         * @property {number} BRIDGED_LOOP=4 BRIDGED_LOOP value
         */
        v1.BridgedOutcome = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "BRIDGED_OUTCOME_UNSPECIFIED"] = 0;
            values[valuesById[1] = "BRIDGED_STORED"] = 1;
            values[valuesById[2] = "BRIDGED_DUPLICATE"] = 2;
            values[valuesById[3] = "BRIDGED_DEAD_LETTERED"] = 3;
            values[valuesById[4] = "BRIDGED_LOOP"] = 4;
            return values;
        })();

        v1.BatchAck = (function() {

            /**
             * Properties of a BatchAck.
             * @typedef {Object} fedmq.v1.BatchAck.$Properties
             * @property {number|null} [batchSeq] BatchAck batchSeq
             * @property {Array.<fedmq.v1.BridgedOutcome>|null} [outcomes] BatchAck outcomes
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a BatchAck.
             * @memberof fedmq.v1
             * @interface IBatchAck
             * @augments fedmq.v1.BatchAck.$Properties
             * @deprecated Use fedmq.v1.BatchAck.$Properties instead.
             */

            /**
             * Shape of a BatchAck.
             * @typedef {fedmq.v1.BatchAck.$Properties} fedmq.v1.BatchAck.$Shape
             */

            /**
             * Constructs a new BatchAck.
             * @memberof fedmq.v1
             * @classdesc Represents a BatchAck.
             * @constructor
             * @param {fedmq.v1.BatchAck.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const BatchAck = function (properties) {
                this.outcomes = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * BatchAck batchSeq.
             * @member {number} batchSeq
             * @memberof fedmq.v1.BatchAck
             * @instance
             */
            BatchAck.prototype.batchSeq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * BatchAck outcomes.
             * @member {Array.<fedmq.v1.BridgedOutcome>} outcomes
             * @memberof fedmq.v1.BatchAck
             * @instance
             */
            BatchAck.prototype.outcomes = $util.emptyArray;

            /**
             * Creates a new BatchAck instance using the specified properties.
             * @function create
             * @memberof fedmq.v1.BatchAck
             * @static
             * @param {fedmq.v1.BatchAck.$Properties=} [properties] Properties to set
             * @returns {fedmq.v1.BatchAck} BatchAck instance
             * @type {{
             *   (properties: fedmq.v1.BatchAck.$Shape): fedmq.v1.BatchAck & fedmq.v1.BatchAck.$Shape;
             *   (properties?: fedmq.v1.BatchAck.$Properties): fedmq.v1.BatchAck;
             * }}
             */
            BatchAck.create = function(properties) {
                return new BatchAck(properties);
            };

            /**
             * Encodes the specified BatchAck message. Does not implicitly {@link fedmq.v1.BatchAck.verify|verify} messages.
             * @function encode
             * @memberof fedmq.v1.BatchAck
             * @static
             * @param {fedmq.v1.BatchAck.$Properties} message BatchAck message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            BatchAck.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.batchSeq != null && $Object.hasOwnProperty.call(message, "batchSeq") && (typeof message.batchSeq === "object" ? message.batchSeq.low || message.batchSeq.high : message.batchSeq !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.batchSeq);
                if (message.outcomes != null && message.outcomes.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).int32s(message.outcomes);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a BatchAck message from the specified reader or buffer.
             * @function decode
             * @memberof fedmq.v1.BatchAck
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {fedmq.v1.BatchAck & fedmq.v1.BatchAck.$Shape} BatchAck
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            BatchAck.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.fedmq.v1.BatchAck();
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
                                message.batchSeq = value;
                            else
                                delete message.batchSeq;
                            continue;
                        }
                    case 2: {
                            if (wireType === 2) {
                                if (!(message.outcomes && message.outcomes.length))
                                    message.outcomes = [];
                                reader.int32s(message.outcomes);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.outcomes && message.outcomes.length))
                                message.outcomes = [];
                            message.outcomes.push(reader.int32());
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

            return BatchAck;
        })();

        v1.BridgeReply = (function() {

            /**
             * Properties of a BridgeReply.
             * @typedef {Object} fedmq.v1.BridgeReply.$Properties
             * @property {fedmq.v1.BridgeWelcome.$Properties|null} [welcome] BridgeReply welcome
             * @property {fedmq.v1.BatchAck.$Properties|null} [ack] BridgeReply ack
             * @property {Array.<string>|null} [demand] BridgeReply demand
             * @property {fedmq.v1.ErrorInfo.$Properties|null} [closing] BridgeReply closing
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a BridgeReply.
             * @memberof fedmq.v1
             * @interface IBridgeReply
             * @augments fedmq.v1.BridgeReply.$Properties
             * @deprecated Use fedmq.v1.BridgeReply.$Properties instead.
             */

            /**
             * Shape of a BridgeReply.
             * @typedef {fedmq.v1.BridgeReply.$Properties} fedmq.v1.BridgeReply.$Shape
             */

            /**
             * Constructs a new BridgeReply.
             * @memberof fedmq.v1
             * @classdesc Represents a BridgeReply.
             * @constructor
             * @param {fedmq.v1.BridgeReply.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const BridgeReply = function (properties) {
                this.demand = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * BridgeReply welcome.
             * @member {fedmq.v1.BridgeWelcome.$Properties|null|undefined} welcome
             * @memberof fedmq.v1.BridgeReply
             * @instance
             */
            BridgeReply.prototype.welcome = null;

            /**
             * BridgeReply ack.
             * @member {fedmq.v1.BatchAck.$Properties|null|undefined} ack
             * @memberof fedmq.v1.BridgeReply
             * @instance
             */
            BridgeReply.prototype.ack = null;

            /**
             * BridgeReply demand.
             * @member {Array.<string>} demand
             * @memberof fedmq.v1.BridgeReply
             * @instance
             */
            BridgeReply.prototype.demand = $util.emptyArray;

            /**
             * BridgeReply closing.
             * @member {fedmq.v1.ErrorInfo.$Properties|null|undefined} closing
             * @memberof fedmq.v1.BridgeReply
             * @instance
             */
            BridgeReply.prototype.closing = null;

            /**
             * Creates a new BridgeReply instance using the specified properties.
             * @function create
             * @memberof fedmq.v1.BridgeReply
             * @static
             * @param {fedmq.v1.BridgeReply.$Properties=} [properties] Properties to set
             * @returns {fedmq.v1.BridgeReply} BridgeReply instance
             * @type {{
             *   (properties: fedmq.v1.BridgeReply.$Shape): fedmq.v1.BridgeReply & fedmq.v1.BridgeReply.$Shape;
             *   (properties?: fedmq.v1.BridgeReply.$Properties): fedmq.v1.BridgeReply;
             * }}
             */
            BridgeReply.create = function(properties) {
                return new BridgeReply(properties);
            };

            /**
             * Encodes the specified BridgeReply message. Does not implicitly {@link fedmq.v1.BridgeReply.verify|verify} messages.
             * @function encode
             * @memberof fedmq.v1.BridgeReply
             * @static
             * @param {fedmq.v1.BridgeReply.$Properties} message BridgeReply message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            BridgeReply.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.welcome != null && $Object.hasOwnProperty.call(message, "welcome"))
                    $root.fedmq.v1.BridgeWelcome.encode(message.welcome, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.ack != null && $Object.hasOwnProperty.call(message, "ack"))
                    $root.fedmq.v1.BatchAck.encode(message.ack, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.demand != null && message.demand.length)
                    for (let i = 0; i < message.demand.length; ++i)
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.demand[i]);
                if (message.closing != null && $Object.hasOwnProperty.call(message, "closing"))
                    $root.fedmq.v1.ErrorInfo.encode(message.closing, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a BridgeReply message from the specified reader or buffer.
             * @function decode
             * @memberof fedmq.v1.BridgeReply
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {fedmq.v1.BridgeReply & fedmq.v1.BridgeReply.$Shape} BridgeReply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            BridgeReply.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.fedmq.v1.BridgeReply();
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
                            message.welcome = $root.fedmq.v1.BridgeWelcome.decode(reader, reader.size(), $undefined, _depth + 1, message.welcome);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.ack = $root.fedmq.v1.BatchAck.decode(reader, reader.size(), $undefined, _depth + 1, message.ack);
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.demand && message.demand.length))
                                message.demand = [];
                            message.demand.push(reader.stringVerify());
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.closing = $root.fedmq.v1.ErrorInfo.decode(reader, reader.size(), $undefined, _depth + 1, message.closing);
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

            return BridgeReply;
        })();

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

        v1.StompChunk = (function() {

            /**
             * Properties of a StompChunk.
             * @typedef {Object} fedmq.v1.StompChunk.$Properties
             * @property {Uint8Array|null} [data] StompChunk data
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a StompChunk.
             * @memberof fedmq.v1
             * @interface IStompChunk
             * @augments fedmq.v1.StompChunk.$Properties
             * @deprecated Use fedmq.v1.StompChunk.$Properties instead.
             */

            /**
             * Shape of a StompChunk.
             * @typedef {fedmq.v1.StompChunk.$Properties} fedmq.v1.StompChunk.$Shape
             */

            /**
             * Constructs a new StompChunk.
             * @memberof fedmq.v1
             * @classdesc Represents a StompChunk.
             * @constructor
             * @param {fedmq.v1.StompChunk.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const StompChunk = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * StompChunk data.
             * @member {Uint8Array} data
             * @memberof fedmq.v1.StompChunk
             * @instance
             */
            StompChunk.prototype.data = $util.newBuffer([]);

            /**
             * Creates a new StompChunk instance using the specified properties.
             * @function create
             * @memberof fedmq.v1.StompChunk
             * @static
             * @param {fedmq.v1.StompChunk.$Properties=} [properties] Properties to set
             * @returns {fedmq.v1.StompChunk} StompChunk instance
             * @type {{
             *   (properties: fedmq.v1.StompChunk.$Shape): fedmq.v1.StompChunk & fedmq.v1.StompChunk.$Shape;
             *   (properties?: fedmq.v1.StompChunk.$Properties): fedmq.v1.StompChunk;
             * }}
             */
            StompChunk.create = function(properties) {
                return new StompChunk(properties);
            };

            /**
             * Encodes the specified StompChunk message. Does not implicitly {@link fedmq.v1.StompChunk.verify|verify} messages.
             * @function encode
             * @memberof fedmq.v1.StompChunk
             * @static
             * @param {fedmq.v1.StompChunk.$Properties} message StompChunk message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            StompChunk.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.data != null && $Object.hasOwnProperty.call(message, "data") && message.data.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.data);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a StompChunk message from the specified reader or buffer.
             * @function decode
             * @memberof fedmq.v1.StompChunk
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {fedmq.v1.StompChunk & fedmq.v1.StompChunk.$Shape} StompChunk
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            StompChunk.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.fedmq.v1.StompChunk();
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

            return StompChunk;
        })();

        return v1;
    })();

    return fedmq;
})();

export {
  $root as default
};
