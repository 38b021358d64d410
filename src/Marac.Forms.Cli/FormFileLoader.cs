using Marac.Forms.Json;

namespace Marac.Forms.Cli;

/// <summary>Reads form files from disk, turning every failure into a plain message that names the file.</summary>
internal static class FormFileLoader
{
    internal static bool TryLoad(string path, out FormFile? file, out string? error)
    {
        file = null;
        try
        {
            using var stream = File.OpenRead(path);
            file = MaracJson.ReadAny(stream, path);
            error = null;
            return true;
        }
        catch (MaracFormatException ex)
        {
            error = ex.Message;
        }
        catch (FileNotFoundException)
        {
            error = $"{path}: the file does not exist.";
        }
        catch (DirectoryNotFoundException)
        {
            error = $"{path}: the folder does not exist.";
        }
        catch (UnauthorizedAccessException)
        {
            error = $"{path}: the file cannot be read (permission denied).";
        }
        catch (IOException ex)
        {
            error = $"{path}: the file cannot be read ({ex.Message}).";
        }

        return false;
    }
}
