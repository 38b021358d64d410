using System;
using System.IO;
using System.Threading;
using Marac.Forms.Analyzers.Flow;
using Microsoft.CodeAnalysis;

namespace Marac.Forms.Analyzers;

/// <summary>
/// The symbols an analyzer needs for one compilation, resolved on the first callback that asks for
/// them instead of at compilation start.
/// </summary>
/// <remarks>
/// Compilation-start actions run while the compiler is still setting up. Looking a type up by name
/// there makes the compiler bind every referenced assembly then and there (or wait for the compiler
/// thread that is doing it), and the compiler bills that to the analyzer that asked; on a real build
/// it was a fifth to a quarter of the time reported for these analyzers. By the first operation or
/// symbol callback the compiler has bound its references for its own work, so the same look-ups
/// are cheap. Whether Marac.Forms is referenced at all is decided at start from the reference list,
/// which needs no binding, so a compilation without it still gets no callbacks.
/// </remarks>
internal sealed class DeferredSymbols
{
    private const string MaracFormsAssembly = "Marac.Forms";

    private readonly Lazy<KnownSymbols?> known;
    private readonly Lazy<TypeExposure?> exposure;
    private readonly Lazy<MethodSummaries?> summaries;

    private DeferredSymbols(Compilation compilation)
    {
        known = new Lazy<KnownSymbols?>(() => KnownSymbols.TryCreate(compilation), LazyThreadSafetyMode.ExecutionAndPublication);
        exposure = new Lazy<TypeExposure?>(() => known.Value is { } resolved ? new TypeExposure(resolved) : null, LazyThreadSafetyMode.ExecutionAndPublication);
        summaries = new Lazy<MethodSummaries?>(
            () => known.Value is { } resolved && exposure.Value is { } types ? new MethodSummaries(compilation, resolved, types) : null,
            LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The symbols, or null when the compilation turns out not to have the Marac.Forms vocabulary.</summary>
    public KnownSymbols? Known => known.Value;

    /// <summary>The compilation's type-exposure cache, or null without the vocabulary.</summary>
    public TypeExposure? Exposure => exposure.Value;

    /// <summary>The compilation's per-method summaries, or null without the vocabulary.</summary>
    public MethodSummaries? Summaries => summaries.Value;

    /// <summary>Null when the compilation neither is Marac.Forms nor references it: then there is nothing to analyse.</summary>
    public static DeferredSymbols? For(Compilation compilation) =>
        ReferencesMaracForms(compilation) ? new DeferredSymbols(compilation) : null;

    private static bool ReferencesMaracForms(Compilation compilation)
    {
        if (compilation.AssemblyName == MaracFormsAssembly)
        {
            return true;
        }

        foreach (var reference in compilation.ExternalReferences)
        {
            var name = reference switch
            {
                CompilationReference project => project.Compilation.AssemblyName,
                PortableExecutableReference file when file.FilePath is { } path => Path.GetFileNameWithoutExtension(path),
                _ => null,
            };
            if (string.Equals(name, MaracFormsAssembly, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
