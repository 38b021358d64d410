using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Marac.Forms.Analyzers.Flow;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Marac.Forms.Analyzers.Sinks;

/// <summary>Recognises calls to logging and serialisation APIs and picks out the arguments they write.</summary>
internal static partial class SinkClassifier
{
    private static readonly HashSet<string> MelMethods = new()
    {
        "Log", "LogTrace", "LogDebug", "LogInformation", "LogWarning", "LogError", "LogCritical", "BeginScope",
    };

    private static readonly HashSet<string> SerilogMethods = new()
    {
        "Write", "Verbose", "Debug", "Information", "Warning", "Error", "Fatal",
    };

    private static readonly HashSet<string> NLogMethods = new()
    {
        "Trace", "Debug", "Info", "Warn", "Error", "Fatal", "Log", "ConditionalTrace", "ConditionalDebug",
    };

    private static readonly HashSet<string> DebugTraceMethods = new()
    {
        "Write", "WriteLine", "WriteIf", "WriteLineIf", "Print", "Assert", "Fail", "TraceInformation", "TraceWarning", "TraceError",
    };

    /// <summary>Every sink method name, so the great majority of calls are turned away by one lookup.</summary>
    private static readonly HashSet<string> SinkNames = new(
        MelMethods.Concat(SerilogMethods).Concat(NLogMethods).Concat(DebugTraceMethods).Concat(new[]
        {
            "ForContext", "PushProperty", "PushNestedState", "WithProperty", "WriteLine", "WriteAsync", "WriteLineAsync",
            "Serialize", "SerializeAsync", "SerializeToUtf8Bytes", "SerializeToDocument", "SerializeToElement", "SerializeToNode",
            "Create", "PostAsJsonAsync", "PutAsJsonAsync", "PatchAsJsonAsync", "SerializeObject", "FromObject",
            "WriteObject", "WriteObjectContent", "WriteStartObject",
        }).Concat(OutputMethodNames));

    private static readonly string[] SerilogTemplateParameters = { "messageTemplate" };
    private static readonly string[] SerilogValueParameters = { "propertyValue", "propertyValue0", "propertyValue1", "propertyValue2", "propertyValues" };
    private static readonly string[] MelTemplateParameters = { "message", "messageFormat" };
    private static readonly string[] MelValueParameters = { "args" };
    private static readonly string[] NLogTemplateParameters = { "message" };
    private static readonly string[] NLogValueParameters = { "args", "argument", "argument1", "argument2", "argument3", "value" };

    public static SinkCall? Classify(IInvocationOperation invocation, KnownSymbols known)
    {
        var method = invocation.TargetMethod;
        if (!SinkNames.Contains(method.Name) && !method.IsPartialDefinition)
        {
            return null;
        }

        var type = method.ContainingType?.OriginalDefinition;
        if (type is null)
        {
            return null;
        }

        return ClassifyLogging(invocation, method, type, known)
            ?? ClassifySerialisation(invocation, method, type, known)
            ?? ClassifyOutput(invocation, method, type, known);
    }

    private static SinkCall? ClassifyLogging(IInvocationOperation invocation, IMethodSymbol method, INamedTypeSymbol type, KnownSymbols known)
    {
        const string Mel = "Microsoft.Extensions.Logging";
        if (Is(type, known.MelLoggerExtensions) && MelMethods.Contains(method.Name))
        {
            return Templated(SinkKind.Logging, Mel, invocation, MelTemplateParameters, MelValueParameters);
        }

        if (Is(type, known.MelLogger) && method.Name is "Log" or "BeginScope")
        {
            return Named(SinkKind.Logging, Mel, invocation, ExposureMode.Formatting, "state");
        }

        if (method.IsPartialDefinition && SymbolAttributes.Find(method, known.MelLoggerMessageAttribute) is { } loggerMessage)
        {
            return LoggerMessage(invocation, loggerMessage, known);
        }

        if (Is(type, known.SerilogLogger) || Is(type, known.SerilogLoggerClass) || Is(type, known.SerilogStaticLog))
        {
            if (SerilogMethods.Contains(method.Name))
            {
                return Templated(SinkKind.Logging, "Serilog", invocation, SerilogTemplateParameters, SerilogValueParameters);
            }

            if (method.Name == "ForContext")
            {
                return Named(SinkKind.Logging, "Serilog", invocation, DestructureFlag(invocation), "value");
            }

            return null;
        }

        if (Is(type, known.SerilogLogContext) && method.Name == "PushProperty")
        {
            return Named(SinkKind.Logging, "Serilog", invocation, DestructureFlag(invocation), "value");
        }

        if (Is(type, known.NLogLogger) || Is(type, known.NLogILogger) || Is(type, known.NLogILoggerBase) || RestrictedMembers.InheritsFrom(type, known.NLogLogger))
        {
            if (NLogMethods.Contains(method.Name))
            {
                return Templated(SinkKind.Logging, "NLog", invocation, NLogTemplateParameters, NLogValueParameters);
            }

            return method.Name == "WithProperty" ? Named(SinkKind.Logging, "NLog", invocation, ExposureMode.Formatting, "propertyValue") : null;
        }

        if (Is(type, known.NLogScopeContext) && method.Name is "PushProperty" or "PushNestedState")
        {
            return Named(SinkKind.Logging, "NLog", invocation, ExposureMode.Formatting, "value", "nestedState");
        }

        if (Is(type, known.Console) && method.Name is "Write" or "WriteLine")
        {
            return Everything(SinkKind.Logging, "Console", invocation, known);
        }

        if (RestrictedMembers.InheritsFrom(type, known.TextWriter) && method.Name.StartsWith("Write", System.StringComparison.Ordinal) && IsConsoleWriter(invocation.Instance, known))
        {
            return Everything(SinkKind.Logging, "Console", invocation, known);
        }

        if ((Is(type, known.Debug) || Is(type, known.Trace)) && DebugTraceMethods.Contains(method.Name))
        {
            return Everything(SinkKind.Logging, type.Name, invocation, known);
        }

        return null;
    }

    private static SinkCall? ClassifySerialisation(IInvocationOperation invocation, IMethodSymbol method, INamedTypeSymbol type, KnownSymbols known)
    {
        if (Is(type, known.StjSerializer) && method.Name.StartsWith("Serialize", System.StringComparison.Ordinal))
        {
            return Named(SinkKind.Serialisation, "System.Text.Json", invocation, ExposureMode.SystemTextJson, "value");
        }

        if (Is(type, known.StjJsonContent) && method.Name == "Create")
        {
            return Named(SinkKind.Serialisation, "System.Net.Http.Json", invocation, ExposureMode.SystemTextJson, "inputValue");
        }

        if (Is(type, known.StjHttpClientExtensions) && method.Name is "PostAsJsonAsync" or "PutAsJsonAsync" or "PatchAsJsonAsync")
        {
            return Named(SinkKind.Serialisation, "System.Net.Http.Json", invocation, ExposureMode.SystemTextJson, "value", "requestUri");
        }

        if (Is(type, known.NewtonsoftConvert) && method.Name == "SerializeObject")
        {
            return Named(SinkKind.Serialisation, "Newtonsoft.Json", invocation, ExposureMode.NewtonsoftJson, "value");
        }

        if (RestrictedMembers.InheritsFrom(type, known.NewtonsoftSerializer) && method.Name == "Serialize")
        {
            return Named(SinkKind.Serialisation, "Newtonsoft.Json", invocation, ExposureMode.NewtonsoftJson, "value");
        }

        if (RestrictedMembers.InheritsFrom(type, known.NewtonsoftToken) && method.Name == "FromObject")
        {
            return Named(SinkKind.Serialisation, "Newtonsoft.Json", invocation, ExposureMode.NewtonsoftJson, "o");
        }

        if (RestrictedMembers.InheritsFrom(type, known.XmlSerializer) && method.Name == "Serialize")
        {
            return Named(SinkKind.Serialisation, "XmlSerializer", invocation, ExposureMode.Xml, "o");
        }

        if (RestrictedMembers.InheritsFrom(type, known.XmlObjectSerializer) && method.Name is "WriteObject" or "WriteObjectContent" or "WriteStartObject")
        {
            return Named(SinkKind.Serialisation, type.Name, invocation, ExposureMode.DataContract, "graph");
        }

        return null;
    }

    /// <summary>A structured-logging call: the template itself, then each value as its hole asks.</summary>
    private static SinkCall Templated(SinkKind kind, string name, IInvocationOperation invocation, string[] templateParameters, string[] valueParameters)
    {
        var arguments = new List<SinkArgument>();
        var template = MessageTemplate.Empty;
        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter is { } parameter && Contains(templateParameters, parameter.Name))
            {
                arguments.Add(new SinkArgument(argument.Value, ExposureMode.Formatting));
                if (argument.Value.ConstantValue is { HasValue: true, Value: string text })
                {
                    template = MessageTemplate.Parse(text);
                }
            }
        }

        var position = 0;
        foreach (var value in ValuesOf(invocation, valueParameters))
        {
            arguments.Add(new SinkArgument(value, template.IsDestructuredAt(position) ? ExposureMode.Destructuring : ExposureMode.Formatting));
            position++;
        }

        return new SinkCall(kind, name, arguments);
    }

    private static SinkCall LoggerMessage(IInvocationOperation invocation, AttributeData attribute, KnownSymbols known)
    {
        string? text = null;
        foreach (var argument in attribute.ConstructorArguments)
        {
            if (argument.Value is string value)
            {
                text = value;
            }
        }

        foreach (var named in attribute.NamedArguments)
        {
            if (named.Key == "Message" && named.Value.Value is string value)
            {
                text = value;
            }
        }

        var template = MessageTemplate.Parse(text);
        var arguments = new List<SinkArgument>();
        foreach (var argument in invocation.Arguments)
        {
            var parameter = argument.Parameter;
            if (parameter is null || IsPlumbing(parameter.Type, known) || parameter.Type.Name is "ILogger" or "LogLevel")
            {
                continue;
            }

            var mode = template.IsDestructured(parameter.Name) ? ExposureMode.Destructuring : ExposureMode.Formatting;
            arguments.Add(new SinkArgument(argument.Value, mode));
        }

        return new SinkCall(SinkKind.Logging, "Microsoft.Extensions.Logging", arguments);
    }

    private static SinkCall Named(SinkKind kind, string name, IInvocationOperation invocation, ExposureMode mode, params string[] parameterNames) =>
        Named(kind, name, invocation.Arguments, mode, parameterNames);

    private static SinkCall Named(SinkKind kind, string name, ImmutableArray<IArgumentOperation> invocationArguments, ExposureMode mode, params string[] parameterNames)
    {
        var arguments = new List<SinkArgument>();
        foreach (var value in ValuesOf(invocationArguments, parameterNames))
        {
            arguments.Add(new SinkArgument(value, mode));
        }

        return new SinkCall(kind, name, arguments);
    }

    /// <summary>Console, Debug and Trace write every argument except conditions and format providers.</summary>
    private static SinkCall Everything(SinkKind kind, string name, IInvocationOperation invocation, KnownSymbols known) =>
        Everything(kind, name, invocation.Arguments, known);

    private static SinkCall Everything(SinkKind kind, string name, ImmutableArray<IArgumentOperation> invocationArguments, KnownSymbols known, int skip = 0)
    {
        var arguments = new List<SinkArgument>();
        foreach (var argument in invocationArguments.Skip(skip))
        {
            if (argument.Parameter is { } parameter && (IsPlumbing(parameter.Type, known) || parameter.Type.SpecialType == SpecialType.System_Boolean && parameter.Name == "condition"))
            {
                continue;
            }

            AddValues(argument, arguments, ExposureMode.Formatting);
        }

        return new SinkCall(kind, name, arguments);
    }

    private static IEnumerable<IOperation> ValuesOf(IInvocationOperation invocation, string[] parameterNames) =>
        ValuesOf(invocation.Arguments, parameterNames);

    private static IEnumerable<IOperation> ValuesOf(ImmutableArray<IArgumentOperation> invocationArguments, string[] parameterNames)
    {
        foreach (var argument in invocationArguments)
        {
            if (argument.Parameter is null || !Contains(parameterNames, argument.Parameter.Name) || argument.ArgumentKind == ArgumentKind.DefaultValue)
            {
                continue;
            }

            foreach (var value in ArgumentValues.Of(argument))
            {
                yield return value;
            }
        }
    }

    private static void AddValues(IArgumentOperation argument, List<SinkArgument> arguments, ExposureMode mode)
    {
        if (argument.ArgumentKind == ArgumentKind.DefaultValue)
        {
            return;
        }

        foreach (var value in ArgumentValues.Of(argument))
        {
            arguments.Add(new SinkArgument(value, mode));
        }
    }

    private static ExposureMode DestructureFlag(IInvocationOperation invocation)
    {
        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter?.Name == "destructureObjects" && argument.Value.ConstantValue is { HasValue: true, Value: true })
            {
                return ExposureMode.Destructuring;
            }
        }

        return ExposureMode.Formatting;
    }

    private static bool IsConsoleWriter(IOperation? instance, KnownSymbols known) =>
        instance is IPropertyReferenceOperation { Property.Name: "Out" or "Error" } property
        && Is(property.Property.ContainingType, known.Console);

    private static bool IsPlumbing(ITypeSymbol type, KnownSymbols known) =>
        RestrictedMembers.InheritsFrom(type, known.Exception) || Is(type, known.FormatProvider);

    private static bool Is(ITypeSymbol? type, INamedTypeSymbol? expected) => RestrictedMembers.Is(type, expected);

    private static bool Contains(string[] names, string name)
    {
        foreach (var candidate in names)
        {
            if (candidate == name)
            {
                return true;
            }
        }

        return false;
    }
}
