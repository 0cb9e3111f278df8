namespace DataSpine.Cli.Registry;

internal static class RegistryUsage
{
    public const string Text = """
        usage: dataspine registry <verb> [arguments] [--url http://127.0.0.1:8080] [--api-key KEY]

          subjects [--prefix P] [--deleted]          list subjects (soft-deleted ones too with --deleted)
          latest <subject>                           print the latest version: version, id, type, schema
          validate <subject> <file> [--type T] [--reference name=subject:version ...] [--version V]
                                                     lint dry run and compatibility check; exit 0 when valid, 1 when not
          publish <subject> <file> [--type T] [--reference name=subject:version ...]
                                                     register the schema; print its id and version

        T is AVRO, JSON or PROTOBUF; by default from the file's extension (.avsc, .json, .proto).
        validate checks against the versions the subject's compatibility level asks for (what publish
        would check), or against one version with --version N|latest.
        --url defaults to $DATASPINE_URL, then http://127.0.0.1:8080; a .../registry URL works too.
        --api-key defaults to $DATASPINE_API_KEY; reads need a viewer key (unless the node allows anonymous
        reads), publish an engineer key. Prefer the variable: an option shows in the process list.
        exit codes: 0 done or valid, 1 refused or invalid (the reasons are printed), 2 usage or connection error.

        """;
}
