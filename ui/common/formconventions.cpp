#include "ui/common/formconventions.h"

#include "ui/common/altkeyguard.h"
#include "ui/common/helperbuttons.h"
#include "ui/common/wheelguard.h"

void applyFormConventions(QWidget *root)
{
    nameHelperButtons(root);
    WheelGuard::protect(root);
    AltKeyGuard::protect(root);
}
