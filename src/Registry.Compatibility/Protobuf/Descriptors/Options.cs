using Google.Protobuf.Reflection;
using FileOptions = Google.Protobuf.Reflection.FileOptions;

namespace DataSpine.Registry.Compatibility.Protobuf.Descriptors;

/// <summary>The standard options a descriptor carries, as .proto option statements; unset ones are left out.</summary>
internal static class Options
{
    public static List<ProtoOption> Of(FileOptions? options)
    {
        var list = new List<ProtoOption>();
        if (options is null)
        {
            return list;
        }

        AddString(list, "java_package", options.ShouldSerializeJavaPackage(), options.JavaPackage);
        AddString(list, "java_outer_classname", options.ShouldSerializeJavaOuterClassname(), options.JavaOuterClassname);
        AddBool(list, "java_multiple_files", options.ShouldSerializeJavaMultipleFiles(), options.JavaMultipleFiles);
        AddString(list, "go_package", options.ShouldSerializeGoPackage(), options.GoPackage);
        AddString(list, "csharp_namespace", options.ShouldSerializeCsharpNamespace(), options.CsharpNamespace);
        AddString(list, "objc_class_prefix", options.ShouldSerializeObjcClassPrefix(), options.ObjcClassPrefix);
        AddString(list, "php_namespace", options.ShouldSerializePhpNamespace(), options.PhpNamespace);
        AddString(list, "ruby_package", options.ShouldSerializeRubyPackage(), options.RubyPackage);
        AddString(list, "swift_prefix", options.ShouldSerializeSwiftPrefix(), options.SwiftPrefix);
        AddBool(list, "cc_enable_arenas", options.ShouldSerializeCcEnableArenas(), options.CcEnableArenas);
        AddBool(list, "deprecated", options.ShouldSerializeDeprecated(), options.Deprecated);
        if (options.ShouldSerializeOptimizeFor())
        {
            list.Add(new ProtoOption("optimize_for", options.OptimizeFor switch
            {
                FileOptions.OptimizeMode.CodeSize => "CODE_SIZE",
                FileOptions.OptimizeMode.LiteRuntime => "LITE_RUNTIME",
                _ => "SPEED",
            }));
        }

        return list;
    }

    public static List<ProtoOption> Of(MessageOptions? options) =>
        Deprecated(options is not null && options.ShouldSerializeDeprecated(), options?.Deprecated);

    public static List<ProtoOption> Of(FieldOptions? options)
    {
        var list = Deprecated(options is not null && options.ShouldSerializeDeprecated(), options?.Deprecated);
        if (options is not null)
        {
            AddBool(list, "packed", options.ShouldSerializePacked(), options.Packed);
        }

        return list;
    }

    public static List<ProtoOption> Of(EnumOptions? options)
    {
        var list = Deprecated(options is not null && options.ShouldSerializeDeprecated(), options?.Deprecated);
        if (options is not null)
        {
            AddBool(list, "allow_alias", options.ShouldSerializeAllowAlias(), options.AllowAlias);
        }

        return list;
    }

    public static List<ProtoOption> Of(EnumValueOptions? options) =>
        Deprecated(options is not null && options.ShouldSerializeDeprecated(), options?.Deprecated);

    public static List<ProtoOption> Of(OneofOptions? options) => [];

    public static List<ProtoOption> Of(ServiceOptions? options) =>
        Deprecated(options is not null && options.ShouldSerializeDeprecated(), options?.Deprecated);

    public static List<ProtoOption> Of(MethodOptions? options) =>
        Deprecated(options is not null && options.ShouldSerializeDeprecated(), options?.Deprecated);

    private static List<ProtoOption> Deprecated(bool set, bool? value)
    {
        var list = new List<ProtoOption>();
        AddBool(list, "deprecated", set, value ?? false);
        return list;
    }

    private static void AddString(List<ProtoOption> list, string name, bool set, string value)
    {
        if (set)
        {
            list.Add(new ProtoOption(name, ProtoParser.Quote(value)));
        }
    }

    private static void AddBool(List<ProtoOption> list, string name, bool set, bool value)
    {
        if (set)
        {
            list.Add(new ProtoOption(name, value ? "true" : "false"));
        }
    }
}
