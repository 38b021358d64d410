using System.Reflection.Metadata;
using System.Text;

namespace Marac.Forms.Packaging.Tests;

/// <summary>Reads what a debugger reads from a portable PDB.</summary>
internal static class SymbolFiles
{
    /// <summary>The Source Link custom debug information kind (Portable PDB format specification).</summary>
    private static readonly Guid SourceLinkKind = new("CC110556-A091-4D38-9FEC-25AB9A351A6A");

    public static string SourceLinkJson(byte[] portablePdb)
    {
        using var provider = MetadataReaderProvider.FromPortablePdbImage(System.Collections.Immutable.ImmutableArray.Create(portablePdb));
        var reader = provider.GetMetadataReader();
        foreach (var handle in reader.GetCustomDebugInformation(EntityHandle.ModuleDefinition))
        {
            var information = reader.GetCustomDebugInformation(handle);
            if (reader.GetGuid(information.Kind) == SourceLinkKind)
            {
                return Encoding.UTF8.GetString(reader.GetBlobBytes(information.Value));
            }
        }

        Assert.Fail("The PDB has no Source Link information.");
        return string.Empty;
    }
}
