#pragma once

#include "core/settings/preferences.h"

#include <QPalette>

// The application's colours: the desktop's style and palette (System), or Qt's Fusion style with its light
// palette or with darkPalette(). The first call remembers the desktop's style and palette, so System can
// bring them back. Every window repaints at once (the verdict and the matrix cells pick colours that keep a
// contrast of at least 4.5:1 in both).
namespace ColourScheme {

void apply(Preferences::ColourScheme scheme);
// Fusion's dark palette as this app uses it: light text on #2d2d2d, accents that keep 4.5:1.
QPalette darkPalette();

} // namespace ColourScheme
