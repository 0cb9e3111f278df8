namespace DataSpine.Registry.Compatibility.Protobuf;

internal sealed partial class ProtoParser
{
    private ProtoFile ParseFile()
    {
        var file = new ProtoFile();
        var first = true;
        while (Current.Kind != ProtoTokenKind.End)
        {
            var token = Current;
            if (Accept(";"))
            {
                continue;
            }

            if (token.Is("syntax") && Peek().Is("="))
            {
                if (!first)
                {
                    throw Error("The syntax statement must be the first statement in the file");
                }

                Advance();
                Expect("=");
                var syntaxToken = Current;
                file.Syntax = StringLiteral("the syntax");
                if (file.Syntax is not ("proto2" or "proto3"))
                {
                    throw Error($"Unrecognized syntax identifier \"{file.Syntax}\". This parser only recognizes \"proto2\" and \"proto3\"", syntaxToken);
                }

                Expect(";");
            }
            else if (token.Is("edition") && Peek().Is("="))
            {
                Advance();
                Expect("=");
                file.Edition = StringLiteral("the edition");
                file.Syntax = "editions";
                Expect(";");
            }
            else if (token.Is("package"))
            {
                if (file.Package is not null)
                {
                    throw Error("Multiple package definitions");
                }

                Advance();
                file.Package = FullIdentifier("a package name");
                Expect(";");
            }
            else if (token.Is("import"))
            {
                Advance();
                string? modifier = Current.Is("public") || Current.Is("weak") ? Advance().Text : null;
                file.Imports.Add(new ProtoImport(StringLiteral("an import path"), modifier));
                Expect(";");
            }
            else if (token.Is("option"))
            {
                file.Options.Add(ParseOptionStatement());
            }
            else
            {
                ParseDefinition(token, file.Types, file, "file");
            }

            first = false;
        }

        return file;
    }

    /// <summary>message, enum, extend or service; shared by the file and message bodies.</summary>
    private void ParseDefinition(ProtoToken token, List<ProtoTypeElement> types, ProtoFile file, string where)
    {
        if (token.Is("message"))
        {
            Advance();
            types.Add(ParseMessage(Identifier("a message name")));
        }
        else if (token.Is("enum"))
        {
            Advance();
            types.Add(ParseEnum(Identifier("an enum name")));
        }
        else if (token.Is("extend"))
        {
            Advance();
            ParseExtend(file);
        }
        else if (token.Is("service") && where == "file")
        {
            Advance();
            file.Services.Add(ParseService(Identifier("a service name")));
        }
        else
        {
            throw Error($"Expected a top-level statement (message, enum, service, import, package, option, syntax) but found {token}");
        }
    }

    private void ParseExtend(ProtoFile file)
    {
        var extendee = FullIdentifier("the extended type");
        Expect("{");
        var scratch = new ProtoMessage(extendee);
        while (!Accept("}"))
        {
            if (Current.Kind == ProtoTokenKind.End)
            {
                throw Error("Unexpected end of input in extend block");
            }

            if (!Accept(";"))
            {
                ParseField(scratch, inOneOf: false);
            }
        }

        file.Extensions.AddRange(scratch.Fields.Select(f => (extendee, f)));
    }

    private ProtoService ParseService(string name)
    {
        var service = new ProtoService(name);
        Expect("{");
        while (!Accept("}"))
        {
            if (Accept(";"))
            {
                continue;
            }

            if (Current.Is("option"))
            {
                service.Options.Add(ParseOptionStatement());
                continue;
            }

            if (!Accept("rpc"))
            {
                throw Error($"Expected \"rpc\" or \"option\" in service {name} but found {Current}");
            }

            var rpcName = Identifier("an rpc name");
            Expect("(");
            var clientStreaming = Current.Is("stream") && Peek().Kind == ProtoTokenKind.Identifier && Accept("stream");
            var request = FullIdentifier("a request type");
            Expect(")");
            Expect("returns");
            Expect("(");
            var serverStreaming = Current.Is("stream") && Peek().Kind == ProtoTokenKind.Identifier && Accept("stream");
            var response = FullIdentifier("a response type");
            Expect(")");
            var options = new List<ProtoOption>();
            if (Accept("{"))
            {
                while (!Accept("}"))
                {
                    if (!Accept(";"))
                    {
                        options.Add(ParseOptionStatement());
                    }
                }
            }
            else
            {
                Expect(";");
            }

            service.Rpcs.Add(new ProtoRpc(rpcName, request, clientStreaming, response, serverStreaming, options));
        }

        return service;
    }
}
