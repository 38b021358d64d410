using Marac.Forms.Analyzers.Tests.Verification;

namespace Marac.Forms.Analyzers.Tests;

/// <summary>MARAC001 at every logging sink: Microsoft.Extensions.Logging, Serilog, NLog, Console, Debug and Trace.</summary>
public sealed class LoggingSinkTests
{
    /// <summary>Also compiled against each sink release in <see cref="SinkReleaseTests"/>.</summary>
    internal const string MicrosoftLogging = """
        using Microsoft.Extensions.Logging;

        class C
        {
            void M(ILogger logger, Victim v)
            {
                logger.LogInformation("Victim {Name}", {|MARAC001:v.Name|});
                logger.LogWarning(new EventId(7), "Health {Health}", {|MARAC001:v.Health|});
                logger.LogError(new InvalidOperationException(), "Convictions {Convictions}", {|MARAC001:v.Convictions|});
                logger.LogTrace("{Name}", {|MARAC001:v.Name|});
                logger.LogDebug("{Name}", {|MARAC001:v.Name|});
                logger.LogCritical("{Name}", {|MARAC001:v.Name|});
                logger.Log(LogLevel.Information, "Name {Name}", {|MARAC001:v.Name|});
                logger.LogInformation($"Victim {{|MARAC001:v.Name|}}");
                using (logger.BeginScope("Case for {Name}", {|MARAC001:v.Name|}))
                {
                }

                using (logger.BeginScope({|MARAC001:v.Name|}))
                {
                }

                logger.Log(LogLevel.Information, new EventId(1), {|MARAC001:v.Name|}, null, (state, _) => state);
                logger.LogInformation("Case {CaseId} visited {Count} times", v.CaseId, v.VisitCount);
            }
        }
        """;

    [Fact]
    public Task Microsoft_logging_extension_methods_and_scopes() => Verify.DiagnosticsAsync(MicrosoftLogging);

    /// <summary>Also compiled against each sink release in <see cref="SinkReleaseTests"/>.</summary>
    internal const string MicrosoftLoggingObjects = """
        using Microsoft.Extensions.Logging;

        class C
        {
            void M(ILogger<C> logger, Victim v, CaseFile file)
            {
                logger.LogInformation("Victim {Victim}", v);
                logger.LogInformation("File {File}", file);
                logger.LogInformation("Victim {@Victim}", {|MARAC003:{|MARAC004:v|}|});
                logger.LogInformation("{CaseId} {@File}", file.CaseId, {|MARAC003:{|MARAC004:file|}|});
            }
        }
        """;

    [Fact]
    public Task Microsoft_logging_formats_whole_objects_with_ToString_unless_destructured() => Verify.DiagnosticsAsync(MicrosoftLoggingObjects);

    /// <summary>Also compiled against each sink release in <see cref="SinkReleaseTests"/>, with its own generator.</summary>
    internal const string LoggerMessageMethods = """
        using Microsoft.Extensions.Logging;

        namespace App;

        static partial class Log
        {
            [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Referral received for {Name} ({CaseId})")]
            public static partial void ReferralReceived(ILogger logger, string name, string caseId);

            [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "Case file {@File}")]
            public static partial void CaseFileStored(ILogger logger, CaseFile file);
        }

        class C
        {
            void M(ILogger logger, Victim v, CaseFile file)
            {
                Log.ReferralReceived(logger, {|MARAC001:v.Name|}, v.CaseId);
                Log.CaseFileStored(logger, {|MARAC003:{|MARAC004:file|}|});
            }
        }
        """;

    [Fact]
    public Task LoggerMessage_methods_are_sinks() => Verify.DiagnosticsAsync(LoggerMessageMethods);

    /// <summary>Also compiled against each sink release in <see cref="SinkReleaseTests"/>.</summary>
    internal const string Serilog = """
        using Serilog;
        using Serilog.Context;

        class C
        {
            void M(ILogger log, Victim v, CaseFile file)
            {
                log.Information("Victim {Name}", {|MARAC001:v.Name|});
                Log.Warning("Health {Health} and {Convictions}", {|MARAC001:v.Health|}, {|MARAC001:v.Convictions|});
                log.Error(new InvalidOperationException(), "{Name}", {|MARAC001:v.Name|});
                log.Information("Values {A} {B} {C} {D}", 1, 2, 3, {|MARAC001:v.Name|});
                log.Information("Case {@File}", {|MARAC003:{|MARAC004:file|}|});
                log.Information("Victim {@Victim}", {|MARAC003:{|MARAC004:v|}|});
                log.Information("Case {File}", file);
                log.Information("Victim {$Victim}", v);
                log.ForContext("Victim", {|MARAC003:{|MARAC004:v|}|}, destructureObjects: true).Information("Stored");
                log.ForContext("Name", {|MARAC001:v.Name|}).Information("Stored");
                log.ForContext("Victim", v).Information("Stored");
                using (LogContext.PushProperty("Name", {|MARAC001:v.Name|}))
                {
                }

                log.Write(Serilog.Events.LogEventLevel.Debug, "{Name}", {|MARAC001:v.Name|});
                log.Information("Case {CaseId}", v.CaseId);
            }
        }
        """;

    [Fact]
    public Task Serilog_values_destructuring_and_context() => Verify.DiagnosticsAsync(Serilog);

    /// <summary>Also compiled against each sink release in <see cref="SinkReleaseTests"/>.</summary>
    internal const string NLog = """
        using NLog;

        class C
        {
            static readonly Logger Logger = LogManager.GetCurrentClassLogger();

            void M(ILogger other, Victim v)
            {
                Logger.Info("Victim {Name}", {|MARAC001:v.Name|});
                Logger.Warn("Victim {Name} {Health}", {|MARAC001:v.Name|}, {|MARAC001:v.Health|});
                Logger.Error(new InvalidOperationException(), "{Name}", {|MARAC001:v.Name|});
                Logger.Debug({|MARAC001:v.Name|});
                Logger.Info("Case {@Victim}", {|MARAC003:{|MARAC004:v|}|});
                Logger.Info("Case {Victim}", v);
                Logger.Log(LogLevel.Info, "{Name}", {|MARAC001:v.Name|});
                Logger.WithProperty("Name", {|MARAC001:v.Name|}).Info("Stored");
                other.Trace("{A} {B} {C} {D}", 1, 2, 3, {|MARAC001:v.Name|});
                Logger.Info("Case {CaseId}", v.CaseId);
            }
        }
        """;

    [Fact]
    public Task NLog_values_destructuring_and_properties() => Verify.DiagnosticsAsync(NLog);

    [Fact]
    public Task Console_debug_and_trace() => Verify.DiagnosticsAsync("""
        using System.Diagnostics;

        class C
        {
            void M(Victim v)
            {
                Console.WriteLine({|MARAC001:v.Name|});
                Console.Write("Name: {0}", {|MARAC001:v.Name|});
                Console.Error.WriteLine({|MARAC001:v.Health|});
                Console.Out.Write({|MARAC001:v.Name|});
                Debug.WriteLine({|MARAC001:v.Name|});
                Debug.Print("{0}", {|MARAC001:v.Name|});
                Debug.Assert(v.Name.Length > 0, {|MARAC001:v.Name|});
                Debug.WriteIf(v.VisitCount > 2, $"Seen {{|MARAC001:v.Name|}}");
                Trace.WriteLine({|MARAC001:v.Name|});
                Trace.TraceInformation("{0}", {|MARAC001:v.Name|});
                Trace.TraceError({|MARAC001:v.Convictions|});
                Console.WriteLine(v.CaseId);
                Console.WriteLine(v);
            }
        }
        """);

    [Fact]
    public Task Other_writers_are_output_sinks_not_logging_sinks_and_builders_are_neither() => Verify.DiagnosticsAsync("""
        class C
        {
            void M(Victim v, System.IO.TextWriter file, StringBuilder builder)
            {
                file.WriteLine({|MARAC002:v.Name|});
                builder.Append(v.Name);
            }
        }
        """);
}
