namespace DataSpine.Silo.Tests.Registry;

/// <summary>
/// The proof: Confluent's own JavaScript client against a running node. Registers Avro, JSON
/// and Protobuf schemas, fetches by id, looks up, checks compatibility, and round-trips records through
/// the Avro and JSON serializers (which fetch the writer schema by the id in the message). Arguments: the
/// registry URL, an admin key and a viewer key, sent as basic.auth.user.info (any user name, the key as password).
/// </summary>
internal static class ConfluentClientScript
{
    public const string Text = """
        import assert from 'node:assert/strict';
        import { SchemaRegistryClient, SerdeType, AvroSerializer, AvroDeserializer, JsonSerializer, JsonDeserializer } from '@confluentinc/schemaregistry';

        const [url, adminKey, viewerKey] = process.argv.slice(2);
        const as = key => new SchemaRegistryClient({ baseURLs: [url], basicAuthCredentials: { credentialsSource: 'USER_INFO', userInfo: `dataspine:${key}` } });
        const registry = as(adminKey);
        const topic = `payments-${Date.now()}`;
        const avro = { type: 'record', name: 'Payment', namespace: 'proof', fields: [{ name: 'id', type: 'string' }, { name: 'amount', type: 'double' }] };
        const avroInfo = { schemaType: 'AVRO', schema: JSON.stringify(avro) };

        const avroId = await registry.register(`${topic}-value`, avroInfo);
        assert.equal(await registry.register(`${topic}-copy-value`, avroInfo), avroId, 'same schema under two subjects, one id');
        const jsonId = await registry.register(`${topic}-json-value`, { schemaType: 'JSON', schema: JSON.stringify({ type: 'object', properties: { name: { type: 'string' } } }) });
        const protoId = await registry.register(`${topic}-proto-value`, { schemaType: 'PROTOBUF', schema: 'syntax = "proto3";\npackage proof;\nmessage Thing { string name = 1; }\n' });
        assert.equal(new Set([avroId, jsonId, protoId]).size, 3);

        const byId = await registry.getBySubjectAndId(`${topic}-value`, avroId);
        assert.deepEqual(JSON.parse(byId.schema), avro);
        assert.equal((await registry.getBySubjectAndId(`${topic}-proto-value`, protoId)).schemaType, 'PROTOBUF');
        const latest = await registry.getLatestSchemaMetadata(`${topic}-value`);
        assert.equal(latest.id, avroId);
        assert.equal(latest.version, 1);
        assert.equal(await registry.getId(`${topic}-value`, avroInfo), avroId);
        assert.deepEqual(await registry.getAllVersions(`${topic}-value`), [1]);

        const evolved = { ...avro, fields: [...avro.fields, { name: 'note', type: ['null', 'string'], default: null }] };
        const broken = { ...avro, fields: [...avro.fields, { name: 'must', type: 'int' }] };
        assert.equal(await registry.testSubjectCompatibility(`${topic}-value`, { schemaType: 'AVRO', schema: JSON.stringify(evolved) }), true);
        assert.equal(await registry.testCompatibility(`${topic}-value`, 1, { schemaType: 'AVRO', schema: JSON.stringify(broken) }), false);
        await assert.rejects(registry.register(`${topic}-value`, { schemaType: 'AVRO', schema: JSON.stringify(broken) }),
          e => e.status === 409 && e.errorCode === 409);
        await assert.rejects(registry.getLatestSchemaMetadata(`${topic}-nothing`), e => e.status === 404 && e.errorCode === 40401);

        const serializer = new AvroSerializer(registry, SerdeType.VALUE, { useLatestVersion: true });
        const bytes = await serializer.serialize(topic, { id: 'p1', amount: 12.5 });
        assert.equal(bytes[0], 0);
        assert.equal(bytes.readInt32BE(1), avroId);
        const fresh = as(viewerKey);
        assert.deepEqual({ ...await new AvroDeserializer(fresh, SerdeType.VALUE, {}).deserialize(topic, bytes) }, { id: 'p1', amount: 12.5 });

        const jsonBytes = await new JsonSerializer(registry, SerdeType.VALUE, { useLatestVersion: true }).serialize(`${topic}-json`, { name: 'x' });
        assert.deepEqual({ ...await new JsonDeserializer(fresh, SerdeType.VALUE, {}).deserialize(`${topic}-json`, jsonBytes) }, { name: 'x' });

        assert.deepEqual(await registry.deleteSubject(`${topic}-copy-value`), [1]);
        await assert.rejects(fresh.register(`${topic}-value`, avroInfo), e => e.status === 403 && e.errorCode === 40301);
        await assert.rejects(as('dsk_0_wrong').getAllSubjects(), e => e.status === 401 && e.errorCode === 40101);
        await assert.rejects(new SchemaRegistryClient({ baseURLs: [url] }).getAllSubjects(), e => e.status === 401);
        console.log('confluent client proof passed');
        """;
}
